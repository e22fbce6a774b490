import type { ActionList } from "../actions/action-schema";
import { listActions } from "../actions/list-actions";
import type { Language } from "../lexicon/lane-words";
import { actionsMarkdown } from "../markdown/actions-markdown";
import type { Journey } from "../model/journey";
import { journeyLanguage } from "../summary/journey-language";
import { summarizeJourney } from "../summary/summarize-journey";
import { asanaCsv } from "./asana-csv";
import { azureCsv } from "./azure-csv";
import type { CsvMode } from "./csv-text";
import { ghScript } from "./gh-script";
import { githubIssues } from "./github-issues";
import { jiraCsv } from "./jira-csv";
import { journeyReport } from "./journey-report";
import { linearCsv } from "./linear-csv";
import type { People } from "./people";
import { userStories } from "./user-stories";
import { withoutSuggestions } from "./without-suggestions";

/** The targets that carry the action list rather than the whole journey. */
const ACTION_TARGET_LIST = [
  "jira",
  "linear",
  "asana",
  "azure",
  "github",
  "gh-script",
  "checklist",
  "actions",
] as const;

export const EXPORT_TARGETS = [...ACTION_TARGET_LIST, "markdown", "json", "stories"] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export const ACTION_TARGETS: ReadonlySet<ExportTarget> = new Set(ACTION_TARGET_LIST);

/** The CSV mode each tracker gets unless told otherwise: spreadsheet-safe where the importer strips the guard. */
export const DEFAULT_MODE: Partial<Record<ExportTarget, CsvMode>> = {
  jira: "tracker",
  linear: "spreadsheet",
  asana: "tracker",
  azure: "tracker",
};

export interface ExportOptions {
  language?: Language;
  mode?: CsvMode;
  bom?: boolean;
  /** Jira and Azure DevOps: one epic per stage, holding its actions. */
  epics?: boolean;
  /** Handles to each tracker's identity, for the assignee. */
  people?: People;
  /** false: leave out the actions the app suggested (status "suggested"). */
  suggestions?: boolean;
  /** The journey's whole action list, when the caller has listed it already: not listed again. */
  actions?: ActionList;
}

/** The journey, or its actions, in one of the formats teams import or read. */
export function exportJourney(
  journey: Journey,
  target: ExportTarget,
  options: ExportOptions = {},
): string {
  const language = options.language ?? journeyLanguage(journey);
  // Each target reads only what it writes: JSON and stories list no actions, and only the
  // Markdown report summarizes.
  const actions = () =>
    withoutSuggestions(
      options.actions ?? listActions(journey, language),
      options.suggestions === false,
    );
  const people = options.people ? { people: options.people } : {};
  const csv = {
    mode: options.mode ?? DEFAULT_MODE[target] ?? "tracker",
    bom: options.bom ?? false,
    ...people,
  };
  switch (target) {
    case "jira":
      return jiraCsv(actions(), { ...csv, epics: options.epics ?? false });
    case "linear":
      return linearCsv(actions(), csv);
    case "asana":
      return asanaCsv(actions(), csv);
    case "azure":
      return azureCsv(actions(), { ...csv, epics: options.epics ?? false });
    case "github":
      return `${JSON.stringify(githubIssues(actions(), people), null, 2)}\n`;
    case "gh-script":
      return ghScript(actions(), people);
    case "checklist":
      return actionsMarkdown(actions());
    case "actions":
      return `${JSON.stringify(actions(), null, 2)}\n`;
    case "markdown":
      return journeyReport(journey, summarizeJourney(journey, language), actions());
    case "json":
      return `${JSON.stringify(journey, null, 2)}\n`;
    case "stories":
      return `${userStories(journey, language)
        .map((s) => s.story)
        .join("\n")}\n`;
  }
}
