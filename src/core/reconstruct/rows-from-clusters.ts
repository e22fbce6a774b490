import type { Band } from "../model/band";
import { MIDDLE } from "./bands-from-anchors";
import type { NoteSpread } from "./note-spread";

/**
 * A horizontal gap at least this many note heights deep parts two rows. Notes stacked in one
 * cell sit nearly touching; teams leave clearly more between rows.
 */
export const ROW_GAP = 0.25;

/**
 * Rows from the notes' own vertical clusters: the bands the notes cover from top to bottom,
 * parted wherever no note covers a stretch at least ROW_GAP note heights deep. Read from the
 * middle halves of the notes, whose order the other readings of the rows share (one radix sort
 * for all): middle halves further apart than the gap and a half-note are whole notes the gap
 * apart, and each band is widened back to the notes' whole height.
 */
export function rowsFromClusters(spread: NoteSpread, noteHeight: number): Band[] {
  const rest = ((1 - MIDDLE) / 2) * noteHeight;
  return spread
    .blocks(MIDDLE, (ROW_GAP + 1 - MIDDLE) * noteHeight)
    .map((block) => ({ start: block.start - rest, end: block.end + rest }));
}

/**
 * The clusters without strays at either end: a cluster further than `reach` from the rest that
 * no label or shape marks as a row (a parking lot below the grid, a note dropped above it).
 */
export function withoutStrays(
  clusters: readonly Band[],
  anchored: (band: Band) => boolean,
  reach: number,
): Band[] {
  let from = 0;
  let to = clusters.length - 1;
  while (
    from < to &&
    (clusters[from + 1] as Band).start - (clusters[from] as Band).end > reach &&
    !anchored(clusters[from] as Band)
  ) {
    from++;
  }
  while (
    to > from &&
    (clusters[to] as Band).start - (clusters[to - 1] as Band).end > reach &&
    !anchored(clusters[to] as Band)
  ) {
    to--;
  }
  return clusters.slice(from, to + 1);
}
