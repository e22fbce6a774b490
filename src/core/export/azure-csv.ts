import type { ActionList } from "../actions/action-schema";
import { escapeHtmlText } from "../text/escape-html";
import { actionDescription } from "./action-description";
import { type CsvOptions, csvText } from "./csv-text";
import { trackerLabels } from "./tracker-labels";

/** Azure Boards' priorities: 1 is the highest. */
const PRIORITY = { high: "1", medium: "2", low: "3" } as const;

/** Azure stores Description as HTML: plain line breaks would run together. */
function htmlLines(text: string): string {
  return escapeHtmlText(text).split("\n").join("<br>");
}

/**
 * Azure DevOps work items from CSV: Work Item Type, Title, Description (HTML), Priority, Tags
 * ("; ").
 */
export function azureCsv(list: ActionList, options: CsvOptions): string {
  const rows = list.actions.map((action) => [
    "Task",
    action.title,
    htmlLines(actionDescription(action, list.language)),
    action.priority ? PRIORITY[action.priority] : "4",
    trackerLabels(action).join("; "),
  ]);
  return csvText(["Work Item Type", "Title", "Description", "Priority", "Tags"], rows, options);
}
