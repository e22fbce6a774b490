import { listActions } from "../../core/actions/list-actions";
import {
  ACTION_TARGETS,
  DEFAULT_MODE,
  EXPORT_TARGETS,
  type ExportTarget,
  exportJourney,
} from "../../core/export/export-journey";
import { LanguageSchema } from "../../core/template/template-spec";
import { usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { loadJourney } from "../load-journey";
import { parseOptions } from "../parse-options";
import { writeOutput } from "../write-output";

export const EXPORT_HELP = `Usage: journey-mapper export FILE --to TARGET [options]

Exports a board's actions to the trackers teams use, or the journey itself. Nothing goes over
the network: each tracker gets a file its own importer accepts.

Targets:
  jira        Jira CSV importer: Summary, Description, Issue Type, Priority, Labels, Due date,
              Issue ID and Parent (with --epics, one epic per stage, parents first)
  linear      Linear CSV import: Title, Description, Priority, Status, Assignee, Labels
  asana       Asana CSV import: Name, Description, Assignee, Due Date, Section (the stage), Tags
  azure       Azure DevOps work items: Work Item Type, Title, Description (HTML), Priority, Tags
  github      JSON of GitHub REST "create an issue" bodies (title, body, labels)
  gh-script   a bash script of "gh issue create" calls, every argument safely quoted; it adds
              missing labels first. Run it as: bash issues.sh --repo owner/name
  checklist   the actions as a Markdown checklist grouped by stage
  actions     the action list as JSON
  markdown    the journey as a Markdown report: header, stages by lanes, summary, feelings, actions
  json        the journey as JSON (with schemaVersion)
  stories     user stories from the pains and opportunities

Options:
  --to TARGET                 one of the targets above (required)
  --mode tracker|spreadsheet  for CSV: "tracker" is plain RFC 4180, for importers that read
                              cells as they are (default for Jira, Asana, Azure); "spreadsheet"
                              also puts a ' before cells that start with = + - @, tab or
                              carriage return so a spreadsheet
                              cannot run them as formulas (default for Linear, whose importer
                              strips the guard)
  --epics                     Jira: one epic per stage holding its actions
  --bom                       start CSV with a byte order mark, for spreadsheet programs
  --lang en|sv|da             the language to write in (default: the board's own)
  --legend FILE               a legend JSON that says what each colour means
  --journey N|TITLE           on a board of several journeys, the one to export: its number
                              (1 is the top left one) or its title (default: the first, with
                              a note)
  --out FILE                  write to FILE instead of standard output
  -h, --help                  show this help
`;

/** `journey-mapper export`: a board's actions or journey in a tracker's or reader's format. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions("export", args, {
    to: { type: "string" },
    mode: { type: "string" },
    epics: { type: "boolean" },
    bom: { type: "boolean" },
    lang: { type: "string" },
    legend: { type: "string" },
    journey: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const [file, extra] = positionals;
  if (file === undefined)
    throw usageError("export needs a board file: journey-mapper export board.json --to jira");
  if (extra !== undefined) throw usageError(`export reads one file; also given: "${extra}"`);
  const target = values.to;
  if (target === undefined)
    throw usageError(`export needs --to, one of: ${EXPORT_TARGETS.join(", ")}`);
  if (!(EXPORT_TARGETS as readonly string[]).includes(target)) {
    throw usageError(`--to: "${target}" is not a target (${EXPORT_TARGETS.join(", ")})`);
  }
  const mode = values.mode;
  if (mode !== undefined && mode !== "tracker" && mode !== "spreadsheet") {
    throw usageError(`--mode: "${mode}" is not a mode (tracker, spreadsheet)`);
  }
  const csvOnly = mode !== undefined ? "--mode" : values.bom ? "--bom" : null;
  if (csvOnly && DEFAULT_MODE[target as ExportTarget] === undefined) {
    throw usageError(`${csvOnly} applies to the CSV targets only (jira, linear, asana, azure)`);
  }
  if (values.epics && target !== "jira") throw usageError("--epics applies to --to jira only");
  const language = values.lang === undefined ? undefined : LanguageSchema.safeParse(values.lang);
  if (language && !language.success)
    throw usageError(`--lang: "${values.lang}" is not a language (en, sv, da)`);
  const { journey } = await loadJourney(file, values.legend, io, values.journey);
  const text = exportJourney(journey, target as ExportTarget, {
    ...(language?.data ? { language: language.data } : {}),
    ...(mode ? { mode } : {}),
    bom: values.bom === true,
    epics: values.epics === true,
  });
  await writeOutput(text, values.out, io);
  if (
    ACTION_TARGETS.has(target as ExportTarget) &&
    listActions(journey, language?.data).actions.length === 0
  ) {
    io.stderr(
      `journey-mapper: ${file} has no actions yet (no notes in the action lane, no opportunities, no pains to answer); the export holds none\n`,
    );
  }
  return 0;
}
