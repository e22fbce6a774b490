import { bandsFromAnchors } from "./bands-from-anchors";
import type { GridRow } from "./grid";
import type { Interval } from "./intervals";
import type { LaneLabel } from "./lane-labels";

/**
 * Rows from the lane labels of the leftmost column, through the same rule as stages: labels as
 * tall as their rows give the rows their edges; short ones mark rows whose boundaries lie in the
 * gaps the notes leave. `noteSpans` are the vertical extents of the notes within the stages;
 * `top` is where the header row ends.
 */
export function rowsFromLabels(
  labels: readonly LaneLabel[],
  noteSpans: readonly Interval[],
  noteHeight: number,
  top: number,
): GridRow[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const bands = bandsFromAnchors(
    sorted.map((label) => ({ at: label.y, size: label.height })),
    noteSpans.filter((span) => span.end > top),
    noteHeight,
  );
  return sorted.map((label, i) => {
    const band = bands[i] ?? { start: label.y, end: label.y };
    // The first row starts no higher than the header row ends.
    const start = i === 0 ? Math.min(Math.max(band.start, top), band.end) : band.start;
    return { kind: label.kind, title: label.title, band: { start, end: band.end } };
  });
}
