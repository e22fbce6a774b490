import type { ActionList } from "../actions/action-schema";
import { actionDescription } from "./action-description";
import { type CsvOptions, csvText } from "./csv-text";
import { trackerLabels } from "./tracker-labels";

/** Asana's CSV import: Name, Description (the task's notes), Assignee, Due Date, Section (the stage), Tags. */
export function asanaCsv(list: ActionList, options: CsvOptions): string {
  const rows = list.actions.map((action) => [
    action.title,
    actionDescription(action, list.language),
    action.owner ?? "",
    action.due ?? "",
    action.stageTitle ?? "",
    trackerLabels(action).join(","),
  ]);
  return csvText(["Name", "Description", "Assignee", "Due Date", "Section", "Tags"], rows, options);
}
