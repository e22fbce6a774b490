import type { ActionList } from "../actions/action-schema";
import { type CsvOptions, csvText } from "./csv-text";
import { jiraText } from "./jira-markup";
import { type TrackerOptions, trackerEpics, trackerItems } from "./tracker-items";

/** journey-mapper, the stage, and suggestion or idea: never more than three. */
const LABEL_COLUMNS = 3;

/**
 * Jira's CSV importer: Issue ID and Parent, Issue Type, Summary (at most 255 characters),
 * Description (escaped for Jira's wiki markup), Priority, Labels (one column each, as Jira takes
 * several), Due date (ISO: choose the date format yyyy-MM-dd when importing) and Assignee (an
 * email). With `epics`, each stage becomes an Epic that holds its actions, parents first. Issue
 * IDs are numbers that only link rows within the file; Jira gives the issues their own keys.
 * The file holds no line of help (the date format to pick): Jira's importer takes the first row
 * as the header and every other row as an issue, and CSV has no comments, so the command's help
 * and the README say it instead.
 */
export function jiraCsv(
  list: ActionList,
  options: CsvOptions & TrackerOptions & { epics?: boolean },
): string {
  const header = [
    "Issue ID",
    "Parent",
    "Issue Type",
    "Summary",
    "Description",
    "Priority",
    ...Array(LABEL_COLUMNS).fill("Labels"),
    "Due date",
    "Assignee",
  ];
  const items = trackerItems(list, "jira", options);
  const epics = options.epics ? trackerEpics(items, "jira") : [];
  const rows: string[][] = epics.map((epic, e) => {
    const description = epic.fullTitle === null ? "" : jiraText(epic.fullTitle);
    return [
      String(e + 1),
      "",
      "Epic",
      epic.title,
      description,
      "",
      "journey-mapper",
      "",
      "",
      "",
      "",
    ];
  });
  const parentOf = new Map(
    epics.flatMap((epic, e) => epic.items.map((item) => [item, String(e + 1)] as const)),
  );
  items.forEach((item, i) => {
    const labels = item.labels.slice(0, LABEL_COLUMNS);
    rows.push([
      String(epics.length + i + 1),
      parentOf.get(item) ?? "",
      "Task",
      item.title,
      jiraText(item.description),
      item.priority ?? "",
      ...labels,
      ...Array(LABEL_COLUMNS - labels.length).fill(""),
      item.action.due ?? "",
      item.assignee ?? "",
    ]);
  });
  return csvText(header, rows, options);
}
