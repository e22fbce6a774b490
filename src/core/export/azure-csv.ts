import type { ActionList } from "../actions/action-schema";
import { escapeHtmlText } from "../text/escape-html";
import { type CsvOptions, csvText } from "./csv-text";
import { type TrackerOptions, trackerEpics, trackerItems } from "./tracker-items";

/** Azure stores Description as HTML: plain line breaks would run together. */
function htmlLines(text: string): string {
  return escapeHtmlText(text).split("\n").join("<br>");
}

/**
 * Azure DevOps work items from CSV: Work Item Type, Title (at most 255 characters), Description
 * (HTML), Priority (1 highest .. 4), Assigned To (an email) and Tags ("; "). With `epics`, the
 * file is a tree as Azure's import reads one: an empty ID column, and Title 1 for each stage's
 * Epic with Title 2 for the tasks under it, so each task gets its epic as its parent.
 */
export function azureCsv(
  list: ActionList,
  options: CsvOptions & TrackerOptions & { epics?: boolean },
): string {
  const items = trackerItems(list, "azure", options);
  const fields = (item: (typeof items)[number]) => [
    htmlLines(item.description),
    item.priority ?? "",
    item.assignee ?? "",
    item.labels.join("; "),
  ];
  const tail = ["Description", "Priority", "Assigned To", "Tags"];
  if (!options.epics) {
    const rows = items.map((item) => ["Task", item.title, ...fields(item)]);
    return csvText(["Work Item Type", "Title", ...tail], rows, options);
  }
  const rows: string[][] = [];
  for (const epic of trackerEpics(items, "azure")) {
    const description = epic.fullTitle === null ? "" : htmlLines(epic.fullTitle);
    rows.push(["", "Epic", epic.title, "", description, "", "", "journey-mapper"]);
    for (const item of epic.items) rows.push(["", "Task", "", item.title, ...fields(item)]);
  }
  return csvText(["ID", "Work Item Type", "Title 1", "Title 2", ...tail], rows, options);
}
