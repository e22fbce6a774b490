import type { LaneKind } from "../model/lane-kind";
import { bandsFromAnchors, edgeBetween, middleHalf } from "./bands-from-anchors";
import type { GridRow } from "./grid";
import { gapsBetween, mergeIntervals } from "./intervals";
import type { LaneLabel } from "./lane-labels";

/** A note as rows see it: where it stands, and the lane its colour names, if any. */
export interface RowNote {
  y: number;
  height: number;
  colourLane: LaneKind | null;
}

/**
 * Rows from the lane labels of the leftmost column. Labels as tall as their rows (a template's)
 * give the rows their edges. Between shorter labels the boundary goes in one of the gaps the
 * notes leave: the one that best agrees with the notes' colours (the lanes' own colours above and
 * below it), the widest where colour does not tell. Position still decides each note's lane;
 * colour only helps find where a row ends. `top` is where the header row ends.
 */
export function rowsFromLabels(
  labels: readonly LaneLabel[],
  notes: readonly RowNote[],
  noteHeight: number,
  top: number,
): GridRow[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const below = notes.filter((n) => n.y + n.height / 2 > top).sort((a, b) => a.y - b.y);
  const spans = below.map((n) => ({ start: n.y - n.height / 2, end: n.y + n.height / 2 }));
  const anchors = sorted.map((label) => ({ at: label.y, size: label.height }));
  const bands = bandsFromAnchors(anchors, spans, noteHeight, { largeAnchorsSpan: true });
  const gaps = gapsBetween(mergeIntervals(spans.map(middleHalf)));

  for (let i = 1; i < sorted.length; i++) {
    const upper = sorted[i - 1] as LaneLabel;
    const lower = sorted[i] as LaneLabel;
    const pair = [anchors[i - 1], anchors[i]] as const;
    if (
      edgeBetween(
        pair[0] as (typeof anchors)[0],
        pair[1] as (typeof anchors)[0],
        noteHeight,
        true,
      ) !== null
    )
      continue;
    const candidates = gaps
      .filter((gap) => gap.end > upper.y && gap.start < lower.y)
      .map((gap) => ({
        at: (Math.max(gap.start, upper.y) + Math.min(gap.end, lower.y)) / 2,
        width: gap.end - gap.start,
      }));
    if (candidates.length === 0) continue;
    const window = below.filter((n) => n.y >= upper.y && n.y < lower.y);
    const agreement = (at: number) =>
      window.filter((n) => (n.y < at ? n.colourLane === upper.kind : n.colourLane === lower.kind))
        .length;
    const best = candidates.reduce((a, b) => {
      const diff = agreement(b.at) - agreement(a.at);
      return diff > 0 || (diff === 0 && b.width > a.width) ? b : a;
    });
    (bands[i - 1] as { end: number }).end = best.at;
    (bands[i] as { start: number }).start = best.at;
  }

  return sorted.map((label, i) => {
    const band = bands[i] ?? { start: label.y, end: label.y };
    // The first row starts no higher than the header row ends.
    const start = i === 0 ? Math.min(Math.max(band.start, top), band.end) : band.start;
    return { kind: label.kind, title: label.title, band: { start, end: band.end } };
  });
}
