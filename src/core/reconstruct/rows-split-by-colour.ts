import type { LaneKind } from "../model/lane-kind";
import type { Interval } from "./intervals";
import type { DrawnRow } from "./rows-drawn";
import { COLOUR_MAJORITY } from "./rows-from-colour";

/** Each part of a split row holds at least this many notes. */
const MIN_PART = 2;
/** Rows merged into one cluster are seldom more than three. */
const MAX_DEPTH = 2;

/** A note as a row sees it: where it stands, and the lane its colour names. */
export interface ColouredNote {
  y: number;
  lane: LaneKind | null;
}

/**
 * Rows that one cluster of notes holds, parted by colour: where teams leave little space between
 * rows, two rows' notes run together, but each row keeps its colour. A row is parted in a gap
 * between its notes when most notes above it name one lane and most below another; of several
 * such gaps, the one most notes agree with. A row drawn as a shape is the row its shape says and
 * is never parted. `notes` are sorted by y; `gaps` are where no note's middle half reaches.
 */
export function splitByColour(
  rows: readonly DrawnRow[],
  notes: readonly ColouredNote[],
  gaps: readonly Interval[],
): DrawnRow[] {
  return rows.flatMap((row) => (row.shape ? [row] : split(row, notes, gaps, 0)));
}

function split(
  row: DrawnRow,
  notes: readonly ColouredNote[],
  gaps: readonly Interval[],
  depth: number,
): DrawnRow[] {
  if (depth > MAX_DEPTH) return [row];
  const from = lowerBound(notes, row.band.start);
  const to = lowerBound(notes, row.band.end);
  const inRow = notes.slice(from, to);
  const cuts = gaps
    .map((gap) => (gap.start + gap.end) / 2)
    .filter((at) => at > row.band.start && at < row.band.end);
  if (inRow.length < 2 * MIN_PART || cuts.length === 0) return [row];
  const total = tally(inRow);
  const above = new Map<LaneKind, number>();
  let best: { at: number; agree: number } | null = null;
  let index = 0;
  for (const at of cuts) {
    while (index < inRow.length && (inRow[index] as ColouredNote).y < at) {
      const lane = (inRow[index] as ColouredNote).lane;
      if (lane !== null) above.set(lane, (above.get(lane) ?? 0) + 1);
      index++;
    }
    const upper = index;
    const lower = inRow.length - index;
    if (upper < MIN_PART || lower < MIN_PART) continue;
    const up = majority(above, upper);
    const below = new Map(
      [...total].map(([lane, count]) => [lane, count - (above.get(lane) ?? 0)]),
    );
    const down = majority(below, lower);
    if (!up || !down || up.kind === down.kind) continue;
    const agree = up.count + down.count;
    if (!best || agree > best.agree) best = { at, agree };
  }
  if (!best) return [row];
  const at = best.at;
  return [
    ...split({ band: { start: row.band.start, end: at }, shape: null }, notes, gaps, depth + 1),
    ...split({ band: { start: at, end: row.band.end }, shape: null }, notes, gaps, depth + 1),
  ];
}

function tally(notes: readonly ColouredNote[]): Map<LaneKind, number> {
  const counts = new Map<LaneKind, number>();
  for (const note of notes)
    if (note.lane !== null) counts.set(note.lane, (counts.get(note.lane) ?? 0) + 1);
  return counts;
}

function majority(
  counts: ReadonlyMap<LaneKind, number>,
  notes: number,
): { kind: LaneKind; count: number } | null {
  let best: { kind: LaneKind; count: number } | null = null;
  for (const [kind, count] of counts) if (!best || count > best.count) best = { kind, count };
  return best && best.count >= COLOUR_MAJORITY * notes ? best : null;
}

function lowerBound(notes: readonly ColouredNote[], y: number): number {
  let lo = 0;
  let hi = notes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((notes[mid] as ColouredNote).y < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
