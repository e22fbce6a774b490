import type { Band } from "../model/band";
import type { LaneKind } from "../model/lane-kind";
import { findBand } from "./grid";
import type { NamedRow } from "./rows-named";
import type { NotesByHeight } from "./rows-notes";

/** An unlabelled row reaching across at least this share of the stages is a row of its own. */
const MIN_STAGE_SHARE = 0.5;

/** How many stages the notes of a stretch stand in. */
export function stagesAmong(
  notes: NotesByHeight,
  from: number,
  to: number,
  stages: readonly Band[],
): number {
  const bands = stages.map((band) => ({ band }));
  const seen = new Set<number>();
  for (let i = from; i < to; i++) {
    const stage = findBand(bands, notes.xs[i] as number);
    if (stage >= 0) seen.add(stage);
  }
  return seen.size;
}

/**
 * Whether every unlabelled row is only a labelled row spilling over, so the label column alone
 * reads the rows: its colours name no lane, or the lane of the nearest labelled row above or
 * below it (lines of notes stacked under their label), or it stands in too few stages to be a
 * row of its own (a few notes of a slipped colour).
 */
export function spillsOnly(
  rows: readonly NamedRow[],
  colourKinds: readonly (LaneKind | null)[],
  stagesIn: (row: number) => number,
  stageCount: number,
): boolean {
  const above = nearestLabelled(rows, 1);
  const below = nearestLabelled(rows, -1);
  return rows.every((row, i) => {
    const colour = colourKinds[i];
    if (row.kind !== null || colour === null || colour === undefined) return true;
    if (above[i] === colour || below[i] === colour) return true;
    return stagesIn(i) < Math.max(2, MIN_STAGE_SHARE * stageCount);
  });
}

/** For each row, the kind of the nearest labelled row before it, walking down (1) or up (-1). */
function nearestLabelled(rows: readonly NamedRow[], direction: 1 | -1): (LaneKind | null)[] {
  const kinds = new Array<LaneKind | null>(rows.length).fill(null);
  let last: LaneKind | null = null;
  for (let k = 0; k < rows.length; k++) {
    const i = direction === 1 ? k : rows.length - 1 - k;
    kinds[i] = last;
    last = rows[i]?.kind ?? last;
  }
  return kinds;
}
