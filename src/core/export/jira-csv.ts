import type { ActionList } from "../actions/action-schema";
import { actionDescription } from "./action-description";
import { type CsvOptions, csvText } from "./csv-text";
import { trackerLabels } from "./tracker-labels";

const PRIORITY = { high: "High", medium: "Medium", low: "Low" } as const;
const LABEL_COLUMNS = 3;

/**
 * Jira's CSV importer: Summary, Description, Issue Type, Priority (Highest..Lowest), Labels (one
 * column each, as Jira takes several), Due date, and Issue ID with Parent. With `epics`, each
 * stage becomes an Epic that holds its actions, and parents come first. Issue IDs are numbers
 * that only link rows within the file; Jira gives the issues their own keys.
 */
export function jiraCsv(list: ActionList, options: CsvOptions & { epics?: boolean }): string {
  const header = [
    "Issue ID",
    "Parent",
    "Issue Type",
    "Summary",
    "Description",
    "Priority",
    ...Array(LABEL_COLUMNS).fill("Labels"),
    "Due date",
  ];
  const rows: string[][] = [];
  const epicOf = new Map<string, string>();
  if (options.epics) {
    for (const action of list.actions) {
      const stage = action.stageTitle ?? "—";
      if (epicOf.has(stage)) continue;
      const id = String(epicOf.size + 1);
      epicOf.set(stage, id);
      rows.push([id, "", "Epic", stage, "", "", "journey-mapper", "", "", ""]);
    }
  }
  list.actions.forEach((action, i) => {
    const labels = trackerLabels(action).slice(0, LABEL_COLUMNS);
    rows.push([
      String(epicOf.size + i + 1),
      options.epics ? (epicOf.get(action.stageTitle ?? "—") ?? "") : "",
      "Task",
      action.title,
      actionDescription(action, list.language),
      action.priority
        ? PRIORITY[action.priority]
        : action.status === "suggested"
          ? "Lowest"
          : "Medium",
      ...labels,
      ...Array(LABEL_COLUMNS - labels.length).fill(""),
      action.due ?? "",
    ]);
  });
  return csvText(header, rows, options);
}
