import type { ActionList } from "../actions/action-schema";
import { type CsvOptions, csvText } from "./csv-text";
import { jiraText } from "./jira-markup";
import { type TrackerOptions, trackerItems } from "./tracker-items";
import { fitText, TITLE_LIMIT } from "./tracker-limits";

/** journey-mapper, the stage, and suggestion or idea: never more than three. */
const LABEL_COLUMNS = 3;
const SUMMARY_LIMIT = TITLE_LIMIT.jira ?? 255;

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
  const rows: string[][] = [];
  const epicOf = new Map<string, string>();
  if (options.epics) {
    for (const action of list.actions) {
      const stage = action.stageTitle ?? "—";
      if (epicOf.has(stage)) continue;
      const id = String(epicOf.size + 1);
      epicOf.set(stage, id);
      const summary = fitText(stage, SUMMARY_LIMIT);
      const description = summary === stage ? "" : jiraText(stage);
      rows.push([id, "", "Epic", summary, description, "", "journey-mapper", "", "", "", ""]);
    }
  }
  trackerItems(list, "jira", options).forEach((item, i) => {
    const labels = item.labels.slice(0, LABEL_COLUMNS);
    rows.push([
      String(epicOf.size + i + 1),
      options.epics ? (epicOf.get(item.action.stageTitle ?? "—") ?? "") : "",
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
