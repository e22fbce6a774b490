import { LANE_KINDS, type LaneKind } from "../model/lane-kind";
import { type Anchor, bandsFromAnchors, edgeBetween, MIDDLE } from "./bands-from-anchors";
import type { GridRow } from "./grid";
import type { Interval } from "./intervals";
import type { LaneLabel } from "./lane-labels";
import type { NoteSpread } from "./note-spread";
import type { NotesByHeight } from "./rows-notes";
import { firstEndingAfter, lowerBound } from "./sorted-search";

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
    // The gaps are in order and apart: those between the two labels are one run of them.
    const candidates: { at: number; width: number }[] = [];
    for (let g = firstEndingAfter(gaps, upper.y); g < gaps.length; g++) {
      const gap = gaps[g] as Interval;
      if (gap.start >= lower.y) break;
      candidates.push({
        at: (Math.max(gap.start, upper.y) + Math.min(gap.end, lower.y)) / 2,
        width: gap.end - gap.start,
      });
    }
    let best = candidates[0];
    if (best === undefined) continue;
    const above = byColour.get(upper.kind);
    const below = byColour.get(lower.kind);
    const agreement = (at: number) =>
      countBetween(above, upper.y, at) + countBetween(below, at, lower.y);
    // Each candidate's agreement is counted once, the best so far kept with its own.
    let bestAgreement = agreement(best.at);
    for (let c = 1; c < candidates.length; c++) {
      const next = candidates[c] as { at: number; width: number };
      const nextAgreement = agreement(next.at);
      const diff = nextAgreement - bestAgreement;
      if (diff > 0 || (diff === 0 && next.width > best.width)) {
        best = next;
        bestAgreement = nextAgreement;
      }
    }
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
  // Counted first, then filled: typed arrays throughout, no list grown note by note.
  const counts = new Int32Array(LANE_KINDS.length);
  const { ys, lanes } = notes;
  for (let i = 0; i < lanes.length; i++) {
    const lane = lanes[i] as number;
    if (lane >= 0) counts[lane] = (counts[lane] as number) + 1;
  }
  const columns = LANE_KINDS.map((_, lane) => new Float64Array(counts[lane] as number));
  const filled = new Int32Array(LANE_KINDS.length);
  for (let i = 0; i < lanes.length; i++) {
    const lane = lanes[i] as number;
    if (lane < 0) continue;
    (columns[lane] as Float64Array)[filled[lane] as number] = ys[i] as number;
    filled[lane] = (filled[lane] as number) + 1;
  }
  const byKind = new Map<LaneKind, Float64Array>();
  LANE_KINDS.forEach((kind, lane) => {
    if ((counts[lane] as number) > 0) byKind.set(kind, columns[lane] as Float64Array);
  });
  return byKind;
}

/** How many of the sorted values lie in [from, to). */
function countBetween(sorted: Float64Array | undefined, from: number, to: number): number {
  if (!sorted || to <= from) return 0;
  return lowerBound(sorted, to) - lowerBound(sorted, from);
}
