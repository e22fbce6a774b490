import { journeyMarkdown } from "../../core/markdown/journey-markdown";
import { JOURNEY_SCHEMA_VERSION, type Journey } from "../../core/model/journey";
import type { BoardJourney } from "../../core/reconstruct/read-board";
import type { CliIo } from "../cli-io";
import { loadBoard } from "../load-journey";
import { pickJourney } from "../pick-journey";
import { parseReportOptions } from "../report-options";
import { boardLanguage } from "../words/board-language";
import { type CliWords, cliWords } from "../words/cli-words";
import { jsonText, writeOutput } from "../write-output";

export const ANALYZE_HELP = `Usage: journey-mapper analyze FILE [--format json|md] [--lang en|sv|da] [--legend LEGEND.json] [--journey N|TITLE] [--out FILE]

Reads a board file and prints the journey on it: stages, lanes, and where every sticky note
belongs, with a confidence for each placement and a reason for each note it could not place.
A board holding several journeys (as-is and to-be frames, grids apart) prints them all, in
reading order: JSON { "schemaVersion": 1, "journeys": [...] }, each journey with its title
first; Markdown one section each. A journey running down the board says "orientation":
"vertical" (its stage bands are then vertical extents, its lane bands horizontal).

FILE is either
  - a Miro board: the JSON of GET /v2/boards/{id}/items (one page, an array of pages, or an
    array of items), or
  - a FigJam board: the JSON of Figma's GET /v1/files/:key (add plugin_data=shared to keep the
    marks of journey-mapper's own templates).

Options:
  --format json|md     json (default): the journey with schemaVersion, indented on a terminal and
                       compact for a file or a pipe; md: a table of stages by lanes
  --lang en|sv|da      the language the Markdown is written in (default: the board's own, read
                       from the words of its labels, stage titles and notes)
  --legend FILE        a legend JSON that says what colours mean: the colours it names take its
                       meaning, the others keep the board's own legend's or the default's
  --journey N|TITLE    on a board of several journeys, only this one, as a board of one prints
                       it: its number (1 is the top left one) or its title
  --out FILE           write to FILE instead of standard output
  -h, --help           show this help
`;

/** `journey-mapper analyze`: a board file read into a structured journey, or several. */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseReportOptions("analyze", args, "json", io.cwd);
  if (options.help) {
    io.stdout(ANALYZE_HELP);
    return 0;
  }
  const { journeys, platform } = await loadBoard(options.file, options.legend, io);
  const chosen =
    options.journey === undefined ? journeys : [pickJourney(journeys, options.journey, io)];
  const only = chosen.length === 1 ? chosen[0] : undefined;
  const text =
    options.format === "md"
      ? chosen.map((j) => journeyMarkdown(titled(j), options.language)).join("\n")
      : only
        ? jsonText(only.journey, options.out, io)
        : jsonText(
            {
              schemaVersion: JOURNEY_SCHEMA_VERSION,
              journeys: chosen.map((j) => ({ title: j.title, ...j.journey })),
            },
            options.out,
            io,
          );
  await writeOutput(text, options.out, io);
  const words = cliWords(boardLanguage(chosen, options.language));
  if (only) {
    io.stderr(`${words.readFrom(only.journey.notes.length, platform)}: ${howRead(only, words)}.\n`);
  } else {
    const notes = chosen.reduce((sum, j) => sum + j.journey.notes.length, 0);
    io.stderr(`${words.readFromSeveral(notes, platform, chosen.length)}:\n`);
    chosen.forEach((j, i) => {
      const name = j.title === null ? "" : ` "${j.title}"`;
      io.stderr(
        `  ${i + 1}${name}: ${words.notes(j.journey.notes.length)}, ${howRead(j, words)}.\n`,
      );
    });
  }
  return 0;
}

/** A journey headed by the title that tells it from the board's others. */
function titled(read: BoardJourney): Journey {
  const title = read.title ?? read.journey.header.title;
  return { ...read.journey, header: { ...read.journey.header, title } };
}

/** What was placed and what was read as structure, and where the stages and lanes came from. */
function howRead(read: BoardJourney, words: CliWords): string {
  const { journey } = read;
  const structure = journey.unplaced.filter((u) => u.role !== undefined).length;
  return words.howRead({
    placed: journey.placements.length,
    stages: journey.stages.length,
    lanes: journey.lanes.length,
    structure,
    unplaced: journey.unplaced.length - structure,
    stageSource: read.stageSource,
    laneSource: read.laneSource,
    legendSource: read.legendSource,
    vertical: journey.orientation === "vertical",
  });
}
