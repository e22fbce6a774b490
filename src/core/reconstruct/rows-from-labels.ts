import { LANE_KINDS, type LaneKind } from "../model/lane-kind";
import { type Anchor, bandsFromAnchors, edgeBetween, MIDDLE } from "./bands-from-anchors";
import type { GridRow } from "./grid";
import type { LaneLabel } from "./lane-labels";
import type { NoteSpread } from "./note-spread";
import type { NotesByHeight } from "./rows-notes";
import { lowerBound } from "./sorted-search";

/**
 * Rows from the lane labels of the leftmost column. Labels as tall as their rows (a template's)
 * give the rows their edges. Between shorter labels the boundary goes in one of the gaps the notes
 * leave: the one that best agrees with the notes' colours (the lanes' own colours above and below
 * it), the widest where colour does not tell. Position still decides each note's lane; colour only
 * helps find where a row ends. `top` is where the header row ends; the notes, all below it, come as
 * their spread along y and sorted top to bottom, as the other row readings share them.
 */
export function rowsFromLabels(
  labels: readonly LaneLabel[],
  spread: NoteSpread,
  notes: NotesByHeight,
  noteHeight: number,
  top: number,
): GridRow[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const anchors: Anchor[] = sorted.map((label) => ({ at: label.y, size: label.height }));
  const bands = bandsFromAnchors(anchors, spread, noteHeight, { largeAnchorsSpan: true });
  const gaps = spread.gaps(MIDDLE);
  const byColour = colourColumns(notes);

  for (let i = 1; i < sorted.length; i++) {
    const upper = sorted[i - 1] as LaneLabel;
    const lower = sorted[i] as LaneLabel;
    if (edgeBetween(anchors[i - 1] as Anchor, anchors[i] as Anchor, noteHeight, true) !== null) {
      continue;
    }
    const candidates = gaps
      .filter((gap) => gap.end > upper.y && gap.start < lower.y)
      .map((gap) => ({
        at: (Math.max(gap.start, upper.y) + Math.min(gap.end, lower.y)) / 2,
        width: gap.end - gap.start,
      }));
    if (candidates.length === 0) continue;
    const agreement = (at: number) =>
      countBetween(byColour.get(upper.kind), upper.y, at) +
      countBetween(byColour.get(lower.kind), at, lower.y);
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

/** The notes' middles per lane their colour names, each list sorted (the notes are). */
function colourColumns(notes: NotesByHeight): Map<LaneKind, Float64Array> {
  const lists = new Map<LaneKind, number[]>();
  for (let i = 0; i < notes.ys.length; i++) {
    const lane = notes.lanes[i] as number;
    if (lane < 0) continue;
    const kind = LANE_KINDS[lane] as LaneKind;
    const list = lists.get(kind) ?? [];
    list.push(notes.ys[i] as number);
    lists.set(kind, list);
  }
  return new Map([...lists].map(([kind, ys]) => [kind, Float64Array.from(ys)]));
}

/** How many of the sorted values lie in [from, to). */
function countBetween(sorted: Float64Array | undefined, from: number, to: number): number {
  if (!sorted || to <= from) return 0;
  return lowerBound(sorted, to) - lowerBound(sorted, from);
}
