import type { Language } from "../core/lexicon/lane-words";
import { usageError } from "./cli-error";
import { chooseFormat, chooseLanguage, type ReportFormat } from "./option-values";
import { refuseOutputOverInput } from "./output-guard";
import { parseOptions } from "./parse-options";
import { quoteValue } from "./quote-value";

/** What every verb that reads one board and prints a report takes. */
export interface ReportOptions {
  file: string;
  format: ReportFormat;
  language: Language | undefined;
  legend: string | undefined;
  out: string | undefined;
  /** `--journey N|TITLE`: which journey of a board holding several. */
  journey: string | undefined;
  help: boolean;
}

/**
 * Parses `FILE [--format json|md] [--lang en|sv|da] [--legend FILE] [--journey N|TITLE]
 * [--out FILE]`, refusing an `--out` that would overwrite the board or legend file read
 * (`cwd`: what relative paths start from).
 */
export function parseReportOptions(
  verb: string,
  args: string[],
  defaultFormat: ReportFormat,
  cwd: string = process.cwd(),
): ReportOptions {
  const { values, positionals } = parseOptions(verb, args, {
    format: { type: "string" },
    lang: { type: "string" },
    legend: { type: "string" },
    journey: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  const base = {
    legend: values.legend,
    out: values.out,
    journey: values.journey,
    help: values.help === true,
  };
  if (values.help) return { ...base, file: "", format: defaultFormat, language: undefined };
  const file = boardFile(verb, positionals);
  refuseOutputOverInput(
    values.out,
    [
      { path: file, what: "the board file" },
      { path: values.legend, what: "the legend file" },
    ],
    cwd,
  );
  const format = values.format === undefined ? defaultFormat : chooseFormat(values.format);
  const language = values.lang === undefined ? undefined : chooseLanguage(values.lang);
  return { ...base, file, format, language };
}

/**
 * The one board file a verb reads, from its arguments that are no options; `example`: a command
 * that reads one, for the message when none is given.
 */
export function boardFile(
  verb: string,
  positionals: readonly string[],
  example = `journey-mapper ${verb} board.json`,
): string {
  const [file, extra] = positionals;
  if (file === undefined) throw usageError(`${verb} needs a board file: ${example}`);
  if (extra !== undefined)
    throw usageError(
      `${verb} reads one file; also given: ${quoteValue(extra)} (a path with spaces goes in quotes)`,
    );
  return file;
}

/** The options every report verb's help lists. */
export const REPORT_OPTION_HELP = `  --format json|md     json: the data with schemaVersion; md (or markdown): a report that reads
                       well on GitHub
  --lang en|sv|da      the language to write in (default: the board's own)
  --legend FILE        a legend JSON that says what the colours it names mean (the others keep
                       the board's own legend's or the default's meaning)
  --journey N|TITLE    on a board of several journeys, the one to use: its number (1 is the top
                       left one) or its title (default: the first, with a note)
  --out FILE           write to FILE instead of standard output
  -h, --help           show this help

FILE is a Miro board (the JSON of GET /v2/boards/{id}/items) or a FigJam board (the JSON of
Figma's GET /v1/files/:key).
`;
