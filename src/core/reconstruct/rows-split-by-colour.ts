import { LANE_KINDS } from "../model/lane-kind";
import type { Interval } from "./intervals";
import type { DrawnRow } from "./rows-drawn";
import { type NotesByHeight, notesWithin } from "./rows-notes";
import { firstEndingAfter } from "./sorted-search";

/** A part split off a row holds at least this many notes, three in four of one lane's colour. */
const MIN_PART = 2;
const SPLIT_MAJORITY = 0.75;

/** A run of lines of notes whose colours name one lane. */
interface Run {
  start: number;
  kind: number;
  counts: Int32Array;
  total: number;
}

/**
 * Rows that one cluster of notes holds, parted by colour: where teams leave little space between
 * rows, two or three rows' notes run together, but each row keeps its colour. The row's notes are
 * read line by line (between the gaps their middles leave); lines whose colours name the same lane
 * run on together, and a new lane's run starts a new row where three in four of its notes, and at
 * least MIN_PART of them, name that lane. A run too small or too mixed belongs to the run before it
 * (a mixed first run takes the ones after it: the colours say nothing there). A row drawn as a
 * shape is the row its shape says and is never parted. `gaps` are in order.
 */
export function splitByColour(
  rows: readonly DrawnRow[],
  notes: NotesByHeight,
  gaps: readonly Interval[],
): DrawnRow[] {
  return rows.flatMap((row) => (row.shape ? [row] : split(row, notes, gaps)));
}

function split(row: DrawnRow, notes: NotesByHeight, gaps: readonly Interval[]): DrawnRow[] {
  const { from, to } = notesWithin(notes, row.band);
  if (to - from < 2 * MIN_PART) return [row];
  const runs: Run[] = [];
  let line = newRun(row.band.start);
  let index = from;
  const endLine = (next: number) => {
    const last = runs[runs.length - 1];
    if (last && (line.kind < 0 || line.kind === last.kind)) absorb(last, line);
    else if (line.total > 0) runs.push(line);
    line = newRun(next);
  };
  for (let g = firstEndingAfter(gaps, row.band.start); g < gaps.length; g++) {
    const gap = gaps[g] as Interval;
    const at = (gap.start + gap.end) / 2;
    if (at >= row.band.end) break;
    if (at <= row.band.start) continue;
    for (; index < to && (notes.ys[index] as number) < at; index++) count(line, notes, index);
    endLine(at);
  }
  for (; index < to; index++) count(line, notes, index);
  endLine(row.band.end);

  // A run too small or too mixed to be a row of its own belongs to the run before it.
  const parts: Run[] = [];
  for (const run of runs) {
    const last = parts[parts.length - 1];
    if (last && (!isOwn(run) || !isOwn(last) || run.kind === last.kind)) absorb(last, run);
    else parts.push(run);
  }
  if (parts.length < 2) return [row];
  return parts.map((part, i) => ({
    band: {
      start: i === 0 ? row.band.start : part.start,
      end: parts[i + 1]?.start ?? row.band.end,
    },
    shape: null,
  }));
}

/** Whether a run's notes are enough, and enough of one lane, to be a row. */
function isOwn(run: Run): boolean {
  return (
    run.kind >= 0 &&
    run.total >= MIN_PART &&
    (run.counts[run.kind] as number) >= SPLIT_MAJORITY * run.total
  );
}

function newRun(start: number): Run {
  return { start, kind: -1, counts: new Int32Array(LANE_KINDS.length), total: 0 };
}

function count(run: Run, notes: NotesByHeight, index: number): void {
  run.total++;
  const lane = notes.lanes[index] as number;
  if (lane < 0) return;
  run.counts[lane] = (run.counts[lane] as number) + 1;
  if (run.kind < 0 || (run.counts[lane] as number) > (run.counts[run.kind] as number))
    run.kind = lane;
}

/** Adds a later run's notes to a run; its lane stays the one most of them name. */
function absorb(run: Run, later: Run): void {
  run.total += later.total;
  for (let k = 0; k < run.counts.length; k++) {
    run.counts[k] = (run.counts[k] as number) + (later.counts[k] as number);
    if (run.kind < 0 || (run.counts[k] as number) > (run.counts[run.kind] as number)) run.kind = k;
  }
}
