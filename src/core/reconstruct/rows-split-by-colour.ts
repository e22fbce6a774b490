import { LANE_KINDS } from "../model/lane-kind";
import type { Interval } from "./intervals";
import type { DrawnRow } from "./rows-drawn";
import { COLOUR_MAJORITY } from "./rows-from-colour";
import { type NotesByHeight, notesWithin } from "./rows-notes";

/** Each part of a split row holds at least this many notes. */
const MIN_PART = 2;
/** Rows merged into one cluster are seldom more than three. */
const MAX_DEPTH = 2;

/**
 * Rows that one cluster of notes holds, parted by colour: where teams leave little space between
 * rows, two rows' notes run together, but each row keeps its colour. A row is parted in a gap
 * between its notes when most notes above it name one lane and most below another; of several
 * such gaps, the one most notes agree with. A row drawn as a shape is the row its shape says and
 * is never parted. `gaps` are where no note's middle half reaches, in order.
 */
export function splitByColour(
  rows: readonly DrawnRow[],
  notes: NotesByHeight,
  gaps: readonly Interval[],
): DrawnRow[] {
  return rows.flatMap((row) => (row.shape ? [row] : split(row, notes, gaps, 0)));
}

function split(
  row: DrawnRow,
  notes: NotesByHeight,
  gaps: readonly Interval[],
  depth: number,
): DrawnRow[] {
  if (depth > MAX_DEPTH) return [row];
  const { from, to } = notesWithin(notes, row.band);
  if (to - from < 2 * MIN_PART) return [row];
  const kinds = LANE_KINDS.length;
  const total = new Int32Array(kinds);
  for (let i = from; i < to; i++) {
    const lane = notes.lanes[i] as number;
    if (lane >= 0) total[lane] = (total[lane] as number) + 1;
  }
  const above = new Int32Array(kinds);
  const below = new Int32Array(kinds);
  let best: { at: number; agree: number } | null = null;
  let index = from;
  // Gaps are in order: only those within the row are looked at, found by binary search.
  for (let g = firstGapFrom(gaps, row.band.start); g < gaps.length; g++) {
    const gap = gaps[g] as Interval;
    const at = (gap.start + gap.end) / 2;
    if (at >= row.band.end) break;
    if (at <= row.band.start) continue;
    while (index < to && (notes.ys[index] as number) < at) {
      const lane = notes.lanes[index] as number;
      if (lane >= 0) above[lane] = (above[lane] as number) + 1;
      index++;
    }
    const upper = index - from;
    const lower = to - index;
    if (upper < MIN_PART || lower < MIN_PART) continue;
    for (let k = 0; k < kinds; k++) below[k] = (total[k] as number) - (above[k] as number);
    const up = majority(above, upper);
    const down = majority(below, lower);
    if (up < 0 || down < 0 || up === down) continue;
    const agree = (above[up] as number) + (below[down] as number);
    if (!best || agree > best.agree) best = { at, agree };
  }
  if (!best) return [row];
  const at = best.at;
  return [
    ...split({ band: { start: row.band.start, end: at }, shape: null }, notes, gaps, depth + 1),
    ...split({ band: { start: at, end: row.band.end }, shape: null }, notes, gaps, depth + 1),
  ];
}

/** The lane most notes name, when at least COLOUR_MAJORITY of them do; -1 otherwise. */
function majority(counts: Int32Array, notes: number): number {
  let best = -1;
  for (let k = 0; k < counts.length; k++) {
    if (best < 0 || (counts[k] as number) > (counts[best] as number)) best = k;
  }
  return best >= 0 && (counts[best] as number) >= COLOUR_MAJORITY * notes ? best : -1;
}

/** The index of the first gap ending after `y`. */
function firstGapFrom(gaps: readonly Interval[], y: number): number {
  let lo = 0;
  let hi = gaps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((gaps[mid] as Interval).end <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
