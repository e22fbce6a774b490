import type { BoardPort } from "../../core/board/board-port";
import type { NamedColourId } from "../../core/colour/named-colour";
import { type Legend, type LegendMeaning, LegendSchema } from "../../core/legend/legend";

/** The legend kept on the board, or null; `broken` when something unreadable was kept there. */
export interface SavedLegend {
  legend: Legend | null;
  broken: boolean;
}

/**
 * Reads the board's saved legend and checks it: another version of the app, or a hand-edited
 * value, may have left something else. A broken one is ignored, and the caller says so.
 */
export async function readSavedLegend(port: BoardPort): Promise<SavedLegend> {
  const stored = await port.readBoardData("legend");
  if (stored === null || stored === undefined) return { legend: null, broken: false };
  const parsed = LegendSchema.safeParse(stored);
  return parsed.success ? { legend: parsed.data, broken: false } : { legend: null, broken: true };
}

/** The legend with one colour's meaning changed (or added), every other colour as it was. */
export function legendWithMeaning(
  legend: Legend,
  colour: NamedColourId,
  meaning: LegendMeaning,
): Legend {
  const known = legend.entries.some((entry) => entry.colour === colour);
  const entries = known
    ? legend.entries.map((entry) => (entry.colour === colour ? { colour, meaning } : entry))
    : [...legend.entries, { colour, meaning }];
  return { schemaVersion: legend.schemaVersion, name: "Board", entries };
}
