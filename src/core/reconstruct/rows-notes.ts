import type { Band } from "../model/band";
import { LANE_KINDS, type LaneKind } from "../model/lane-kind";
import { orderByValues } from "./order-by-keys";
import { lowerBound } from "./sorted-search";

/**
 * The notes rows are read from, top to bottom, in typed arrays: each note's middle and the lane
 * its colour names (its index in LANE_KINDS, -1 for none). Sorted once, so that
 * every row's notes are one stretch of them, found by binary search.
 */
export interface NotesByHeight {
  ys: Float64Array;
  xs: Float64Array;
  lanes: Int8Array;
}

/** The notes sorted top to bottom, with the lanes their colours name. */
export function notesByHeight<N extends { x: number; y: number }>(
  notes: readonly N[],
  colourLane: (note: N) => LaneKind | null,
): NotesByHeight {
  const n = notes.length;
  const heights = new Float64Array(n);
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const y = (notes[i] as N).y;
    heights[i] = y;
    lowest = Math.min(lowest, y);
    highest = Math.max(highest, y);
  }
  const order = orderByValues(heights, lowest, highest);
  const sorted = { ys: new Float64Array(n), xs: new Float64Array(n), lanes: new Int8Array(n) };
  for (let i = 0; i < n; i++) {
    const note = notes[order[i] as number] as N;
    sorted.ys[i] = note.y;
    sorted.xs[i] = note.x;
    const lane = colourLane(note);
    sorted.lanes[i] = lane === null ? -1 : LANE_KINDS.indexOf(lane);
  }
  return sorted;
}

/** The stretch [from, to) of the sorted notes whose middles lie in the band. */
export function notesWithin(sorted: NotesByHeight, band: Band): { from: number; to: number } {
  return { from: lowerBound(sorted.ys, band.start), to: lowerBound(sorted.ys, band.end) };
}

/** How many notes of a stretch name each lane by their colour. */
export function laneCounts(sorted: NotesByHeight, from: number, to: number): Map<LaneKind, number> {
  const counts = new Int32Array(LANE_KINDS.length);
  for (let i = from; i < to; i++) {
    const lane = sorted.lanes[i] as number;
    if (lane >= 0) counts[lane] = (counts[lane] as number) + 1;
  }
  const byKind = new Map<LaneKind, number>();
  counts.forEach((count, lane) => {
    if (count > 0) byKind.set(LANE_KINDS[lane] as LaneKind, count);
  });
  return byKind;
}
