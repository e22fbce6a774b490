import { journeyMarkdown } from "../../core/markdown/journey-markdown";
import type { CliIo } from "../cli-io";
import { loadJourney } from "../load-journey";
import { parseReportOptions } from "../report-options";
import { writeOutput } from "../write-output";

export const ANALYZE_HELP = `Usage: journey-mapper analyze FILE [--format json|md] [--lang en|sv|da] [--legend LEGEND.json] [--out FILE]

Reads a board file and prints the journey on it: stages, lanes, and where every sticky note
belongs, with a confidence for each placement and a reason for each note it could not place.

FILE is either
  - a Miro board: the JSON of GET /v2/boards/{id}/items (one page, an array of pages, or an
    array of items), or
  - a FigJam board: the JSON of Figma's GET /v1/files/:key (add plugin_data=shared to keep the
    marks of journey-mapper's own templates).

Options:
  --format json|md     json (default): the journey with schemaVersion; md: a table of stages by lanes
  --lang en|sv|da      the language the Markdown is written in (default: the board's own, read
                       from the words of its labels, stage titles and notes)
  --legend FILE        a legend JSON that says what each colour means, instead of the board's or the default
  --out FILE           write to FILE instead of standard output
  -h, --help           show this help
`;

/** `journey-mapper analyze`: a board file read into a structured journey. */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseReportOptions("analyze", args, "json");
  if (options.help) {
    io.stdout(ANALYZE_HELP);
    return 0;
  }
  const { journey, stageSource, laneSource, legendSource, platform } = await loadJourney(
    options.file,
    options.legend,
    io,
  );

  const text =
    options.format === "md"
      ? journeyMarkdown(journey, options.language)
      : `${JSON.stringify(journey, null, 2)}\n`;
  await writeOutput(text, options.out, io);
  const structure = journey.unplaced.filter((u) => u.role !== undefined).length;
  const kind = platform === "miro" ? "Miro" : "FigJam";
  io.stderr(
    `Read ${journey.notes.length} notes from a ${kind} board: ${journey.placements.length} placed ` +
      `in ${journey.stages.length} stages and ${journey.lanes.length} lanes, ${structure} read as ` +
      `headers, labels or legend, ${journey.unplaced.length - structure} not placed ` +
      `(stages from ${SOURCES[stageSource]}, lanes from ${SOURCES[laneSource]}, ${legendSource} legend).\n`,
  );
  return 0;
}

const SOURCES: Record<string, string> = {
  template: "the journey-mapper template",
  frames: "frames",
  "header-row": "the header row",
  gaps: "the gaps between notes",
  none: "nothing: the board has no notes",
  labels: "lane labels",
  colour: "note colours",
};
