import type { Language } from "../core/lexicon/lane-words";
import type { Journey } from "../core/model/journey";
import type { CliIo } from "./cli-io";
import { loadJourney } from "./load-journey";
import { parseReportOptions } from "./report-options";
import { writeOutput } from "./write-output";

/**
 * A verb that reads one board and writes a report of it, as Markdown (the default) or JSON:
 * `render` makes the report from the journey, in the language asked for or the board's own. On a
 * board of several journeys, the one `--journey` names, else the first.
 */
export function reportVerb(
  verb: string,
  help: string,
  render: (journey: Journey, language: Language | undefined, format: "md" | "json") => string,
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
    await writeOutput(render(journey, options.language, options.format), options.out, io);
    return 0;
  };
}
