import type { Language } from "../core/lexicon/lane-words";
import type { Journey } from "../core/model/journey";
import type { CliIo } from "./cli-io";
import { loadJourney } from "./load-journey";
import { parseReportOptions } from "./report-options";
import { writeOutput } from "./write-output";

/**
 * A verb that reads one board and writes a report of it, as Markdown (the default) or JSON:
 * `report` makes the report from the journey, in the language asked for or the board's own, and
 * `markdown` writes it as a page; JSON is the report itself. On a board of several journeys, the
 * one `--journey` names, else the first.
 */
export function reportVerb<R>(
  verb: string,
  help: string,
  report: (journey: Journey, language: Language | undefined) => R,
  markdown: (report: R) => string,
) {
  return async (args: string[], io: CliIo): Promise<number> => {
    const options = parseReportOptions(verb, args, "md", io.cwd);
    if (options.help) {
      io.stdout(help);
      return 0;
    }
    const { journey } = await loadJourney(
      options.file,
      options.legend,
      io,
      options.journey,
      options.language,
    );
    const made = report(journey, options.language);
    const text = options.format === "md" ? markdown(made) : `${JSON.stringify(made, null, 2)}\n`;
    await writeOutput(text, options.out, io);
    return 0;
  };
}
