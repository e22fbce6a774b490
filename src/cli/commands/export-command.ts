import { listActions } from "../../core/actions/list-actions";
import {
  ACTION_TARGETS,
  DEFAULT_MODE,
  EXPORT_TARGETS,
  exportJourney,
} from "../../core/export/export-journey";
import { withoutSuggestions } from "../../core/export/without-suggestions";
import { usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { loadJourney } from "../load-journey";
import { chooseLanguage } from "../option-values";
import { refuseOutputOverInput } from "../output-guard";
import { choice, parseOptions } from "../parse-options";
import { readPeopleFile } from "../read-people-file";
import { boardFile } from "../report-options";
import { boardLanguage } from "../words/board-language";
import { cliWords } from "../words/cli-words";
import { writeOutput } from "../write-output";
import { assigns, unassignedNote } from "./export-command-people";
import { EXPORT_HELP } from "./export-help";

export { EXPORT_HELP };

const CSV_MODES = ["tracker", "spreadsheet"] as const;

/** `journey-mapper export`: a board's actions or journey in a tracker's or reader's format. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions("export", args, {
    to: { type: "string" },
    people: { type: "string" },
    "no-suggestions": { type: "boolean" },
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
  const file = boardFile("export", positionals, "journey-mapper export board.json --to jira");
  if (values.to === undefined)
    throw usageError(`export needs --to, one of: ${EXPORT_TARGETS.join(", ")}`);
  const target = choice("--to", values.to, EXPORT_TARGETS, {
    noun: "target",
    aliases: { md: "markdown", "azure-devops": "azure", ado: "azure" },
  });
  const mode =
    values.mode === undefined
      ? undefined
      : choice("--mode", values.mode, CSV_MODES, { noun: "mode" });
  const csvOnly = mode !== undefined ? "--mode" : values.bom ? "--bom" : null;
  if (csvOnly && DEFAULT_MODE[target] === undefined) {
    throw usageError(`${csvOnly} applies to the CSV targets only (jira, linear, asana, azure)`);
  }
  if (values.epics && target !== "jira" && target !== "azure")
    throw usageError("--epics applies to --to jira and --to azure only");
  if (values.people !== undefined && !assigns(target)) {
    throw usageError(
      "--people applies to the trackers only (jira, linear, asana, azure, github, gh-script)",
    );
  }
  const suggestions = values["no-suggestions"] !== true;
  if (!suggestions && !ACTION_TARGETS.has(target)) {
    throw usageError(
      `--no-suggestions applies to the action targets only (${[...ACTION_TARGETS].join(", ")})`,
    );
  }
  const language = values.lang === undefined ? undefined : chooseLanguage(values.lang);
  const cwd = io.cwd ?? process.cwd();
  refuseOutputOverInput(
    values.out,
    [
      { path: file, what: "the board file" },
      { path: values.legend, what: "the legend file" },
      { path: values.people, what: "the people file" },
    ],
    cwd,
  );
  const people = values.people === undefined ? undefined : await readPeopleFile(values.people, cwd);
  const { journey } = await loadJourney(file, values.legend, io, values.journey, language);
  // Listed once: the export writes these, and the notes below are about them.
  const list = ACTION_TARGETS.has(target) ? listActions(journey, language) : null;
  const text = exportJourney(journey, target, {
    ...(list ? { actions: list } : {}),
    ...(language ? { language } : {}),
    ...(mode ? { mode } : {}),
    ...(people ? { people } : {}),
    bom: values.bom === true,
    epics: values.epics === true,
    suggestions,
  });
  await writeOutput(text, values.out, io);
  const actions = list ? withoutSuggestions(list, !suggestions).actions : [];
  const listed = list?.actions.length ?? 0;
  if (list && actions.length === 0) {
    const words = cliWords(boardLanguage([{ journey }], language));
    // Left out on request, the suggestions are not "no pains to answer": say what happened.
    const said = listed > 0 ? words.onlySuggestions(file, listed) : words.noActions(file);
    io.stderr(`journey-mapper: ${said}\n`);
  }
  const note =
    people && values.people ? unassignedNote(target, actions, people, values.people) : null;
  if (note) io.stderr(`journey-mapper: ${note}\n`);
  return 0;
}
