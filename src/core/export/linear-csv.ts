import type { ActionList } from "../actions/action-schema";
import { type CsvOptions, csvText } from "./csv-text";
import { type TrackerOptions, trackerItems } from "./tracker-items";

/**
 * Linear's CSV import: Title, Description, Priority (High/Medium/Low/No priority), Status,
 * Assignee (Linear's importer matches it against its members' emails, then their names) and
 * Labels joined with ", ". Planned actions start in Todo, ideas and suggestions in the Backlog.
 */
export function linearCsv(list: ActionList, options: CsvOptions & TrackerOptions): string {
  const rows = trackerItems(list, "linear", options).map((item) => [
    item.title,
    item.description,
    item.priority ?? "",
    item.action.status === "planned" ? "Todo" : "Backlog",
    item.assignee ?? "",
    item.labels.join(", "),
  ]);
  return csvText(
    ["Title", "Description", "Priority", "Status", "Assignee", "Labels"],
    rows,
    options,
  );
}
