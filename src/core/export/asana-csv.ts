import type { ActionList } from "../actions/action-schema";
import { type CsvOptions, csvText } from "./csv-text";
import { type TrackerOptions, trackerItems } from "./tracker-items";

/** Asana reads due dates as MM/DD/YYYY; the board writes ISO dates. */
export function asanaDate(iso: string | null): string {
  const parts = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return parts ? `${parts[2]}/${parts[3]}/${parts[1]}` : "";
}

/**
 * Asana's CSV import: Name (first, as Asana takes the first column for the task's name),
 * Description, Assignee (an email: Asana matches members by email), Due Date (MM/DD/YYYY),
 * Section (the stage), Tags, and Priority (for a custom field of that name).
 */
export function asanaCsv(list: ActionList, options: CsvOptions & TrackerOptions): string {
  const rows = trackerItems(list, "asana", options).map((item) => [
    item.title,
    item.description,
    item.assignee ?? "",
    asanaDate(item.action.due),
    item.action.stageTitle ?? "",
    item.labels.join(","),
    item.priority ?? "",
  ]);
  return csvText(
    ["Name", "Description", "Assignee", "Due Date", "Section", "Tags", "Priority"],
    rows,
    options,
  );
}
