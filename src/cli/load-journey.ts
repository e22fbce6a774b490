import { readBoardFile } from "../adapters/board-file/read-board-file";
import type { Language } from "../core/lexicon/lane-words";
import type { Journey } from "../core/model/journey";
import { type BoardJourney, readBoard } from "../core/reconstruct/read-board";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { pickJourney } from "./pick-journey";
import { printable } from "./quote-value";
import { readJsonFile, shownPath } from "./read-json-file";
import { readLegendFile } from "./read-legend-file";
import { plural } from "./words/plural";

type Platform = "miro" | "figjam";

/** Notes on a board file printed at most: a file of 50,000 odd items would bury the summary. */
const MAX_NOTES = 10;

/** A board file read into the journeys on it, with the file's warnings written to standard error. */
export async function loadBoard(
  file: string,
  legendFile: string | undefined,
  io: CliIo,
): Promise<{ journeys: BoardJourney[]; platform: Platform }> {
  const cwd = io.cwd ?? process.cwd();
  const legend =
    legendFile === undefined
      ? undefined
      : await readLegendFile(legendFile, cwd, (note) =>
          io.stderr(`journey-mapper: note: ${note}\n`),
        );
  const board = readBoardFile(await readJsonFile(file, cwd, "board file"));
  if (!board.ok) {
    const problems = board.error.replace(/:\n/, ": ").replace(/\n/g, "; ");
    throw new CliError(`${shownPath(file)}: ${printable(problems, 600)}`);
  }
  const { warnings } = board.value;
  for (const warning of warnings.slice(0, MAX_NOTES))
    io.stderr(`journey-mapper: note: ${printable(warning, 400)}\n`);
  if (warnings.length > MAX_NOTES) {
    const more = plural("en", warnings.length - MAX_NOTES, {
      one: "more note like it",
      other: "more notes like these",
    });
    io.stderr(`journey-mapper: note: and ${more}\n`);
  }
  const reading = readBoard(board.value.items, {
    platform: board.value.platform,
    // A legend of no colours changes nothing, as its note says: the journey is not read by it.
    ...(legend && legend.entries.length > 0 ? { legend } : {}),
    title: board.value.name,
  });
  return { journeys: reading.journeys, platform: board.value.platform };
}

/**
 * A board file read into one journey: the one `choice` (`--journey N|TITLE`) names, or the first,
 * with a note when the board holds more, in `language` or the board's own (see `pickJourney`).
 */
export async function loadJourney(
  file: string,
  legendFile: string | undefined,
  io: CliIo,
  choice?: string,
  language?: Language,
): Promise<BoardJourney & { journey: Journey; platform: Platform }> {
  const { journeys, platform } = await loadBoard(file, legendFile, io);
  return { ...pickJourney(journeys, choice, io, language), platform };
}
