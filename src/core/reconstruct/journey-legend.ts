import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import { DEFAULT_LEGEND } from "../legend/default-legend";
import type { Legend } from "../legend/legend";
import { legendOver } from "../legend/legend-over";
import { type BoardLegend, readBoardLegend } from "./board-legend";
import { type BoardParts, boardParts } from "./board-parts";
import type { ReconstructOptions } from "./reconstruct-journey";
import { NoteGrid } from "./votes-note-grid";

/** The legend a journey's notes are read by, and whose it is. */
export interface JourneyLegend {
  legend: Legend;
  legendSource: "user" | "board" | "default";
}

/**
 * The legend the journey draws, else the one drawn elsewhere on its board (so a note means the
 * same in a part as on the whole), over the default; the user's legend over that, changing only
 * the colours it names. Without either, the default.
 */
export function journeyLegend(own: BoardLegend | null, options: ReconstructOptions): JourneyLegend {
  const board = own ?? (options.board ? legendElsewhere(options.board, options.platform) : null);
  const drawn = board ? legendOver(DEFAULT_LEGEND, board.entries, "Board") : null;
  if (options.legend) {
    const legend = legendOver(drawn ?? DEFAULT_LEGEND, options.legend.entries, options.legend.name);
    return { legend, legendSource: "user" };
  }
  return drawn
    ? { legend: drawn, legendSource: "board" }
    : { legend: DEFAULT_LEGEND, legendSource: "default" };
}

/** The notes by where they lie, made the first time a legend or a vote asks for them. */
export function notesByPlaceOf(parts: BoardParts): () => NoteGrid {
  let grid: NoteGrid | null = null;
  return () => {
    grid ??= new NoteGrid(parts.notes, parts.noteWidth, parts.noteHeight);
    return grid;
  };
}

/**
 * The legends already read off whole boards, by the board's item list and platform: a board of
 * several journeys hands the same list to every part it tries, each of which would otherwise
 * read the whole board's legend again. Held weakly, so a board no longer read is not kept.
 */
const READ_ELSEWHERE = new WeakMap<readonly BoardItem[], Map<Platform, BoardLegend | null>>();

/** The legend drawn elsewhere on the whole board, read once per board. */
function legendElsewhere(board: readonly BoardItem[], platform: Platform): BoardLegend | null {
  let byPlatform = READ_ELSEWHERE.get(board);
  if (!byPlatform) {
    byPlatform = new Map();
    READ_ELSEWHERE.set(board, byPlatform);
  }
  if (byPlatform.has(platform)) return byPlatform.get(platform) ?? null;
  const parts = boardParts(board, platform);
  const legend = readBoardLegend(parts, platform, notesByPlaceOf(parts));
  byPlatform.set(platform, legend);
  return legend;
}
