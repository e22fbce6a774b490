import type { Band } from "../model/band";
import type { NoteSpread } from "./note-spread";

/**
 * A horizontal gap at least this many note heights deep parts two rows. Notes stacked in one
 * cell sit nearly touching; teams leave clearly more between rows.
 */
export const ROW_GAP = 0.25;

/**
 * Rows from the notes' own vertical clusters: the bands the notes cover from top to bottom,
 * parted wherever no note covers a stretch at least ROW_GAP note heights deep. The notes' spread
 * is sorted once (a radix sort), so this is linear in the notes after it.
 */
export function rowsFromClusters(spread: NoteSpread, noteHeight: number): Band[] {
  // Blocks merge across anything shallower than the gap: what is left between them is deep.
  return spread.blocks(1, ROW_GAP * noteHeight).map((block) => ({ ...block }));
}
