import type { ActionList } from "../actions/action-schema";
import { actionDescription } from "./action-description";
import { type CsvOptions, csvText } from "./csv-text";
import { trackerLabels } from "./tracker-labels";

const PRIORITY = { high: "High", medium: "Medium", low: "Low" } as const;

/**
 * Linear's CSV import: Title, Description, Priority (Urgent/High/Medium/Low/No priority),
 * Status, Assignee, and Labels joined with ", ". Planned actions start in Todo, ideas and
 * suggestions in the Backlog.
 */
export function linearCsv(list: ActionList, options: CsvOptions): string {
  const rows = list.actions.map((action) => [
    action.title,
    actionDescription(action, list.language),
    action.priority ? PRIORITY[action.priority] : "No priority",
    action.status === "planned" ? "Todo" : "Backlog",
    action.owner ?? "",
    trackerLabels(action).join(", "),
  ]);
  return csvText(
    ["Title", "Description", "Priority", "Status", "Assignee", "Labels"],
    rows,
    options,
  );
}
