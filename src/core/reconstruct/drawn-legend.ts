import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import { DEFAULT_LEGEND } from "../legend/default-legend";
import type { Legend, LegendEntry } from "../legend/legend";
import { readBoardLegend } from "./board-legend";
import { boardParts } from "./board-parts";

/** The board's own legend over the default: colours it names take its meaning. */
export function mergedLegend(entries: readonly LegendEntry[]): Legend {
  const named = new Set(entries.map((e) => e.colour));
  return {
    schemaVersion: 1,
    name: "Board",
    entries: [...entries, ...DEFAULT_LEGEND.entries.filter((e) => !named.has(e.colour))],
  };
}

/**
 * The legend a board draws (a "Legend" title over coloured swatches), over the default, or
 * null when it draws none. Reading part of a board (a selection, one frame), the part's notes
 * still mean what the team's legend says, though the legend lies outside the part.
 */
export function drawnLegend(items: readonly BoardItem[], platform: Platform): Legend | null {
  const found = readBoardLegend(boardParts(items, platform), platform);
  return found ? mergedLegend(found.entries) : null;
}
