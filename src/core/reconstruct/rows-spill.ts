import type { Band } from "../model/band";
import type { LaneKind } from "../model/lane-kind";
import { findBand } from "./grid";
import type { NamedRow } from "./rows-named";

/** An unlabelled row reaching across at least this share of the stages is a row of its own. */
const MIN_STAGE_SHARE = 0.5;

/** How many stages each row's notes stand in. */
export function stagesPerRow<N extends { x: number; y: number }>(
  notes: readonly N[],
  rowOf: (note: N) => number,
  stages: readonly Band[],
  rows: number,
): number[] {
  const seen = Array.from({ length: rows }, () => new Set<number>());
  const bands = stages.map((band) => ({ band }));
  for (const note of notes) {
    const row = rowOf(note);
    const stage = findBand(bands, note.x);
    if (row >= 0 && stage >= 0) seen[row]?.add(stage);
  }
  return seen.map((stagesSeen) => stagesSeen.size);
}

/**
 * Whether every unlabelled row is only a labelled row spilling over, so the label column alone
 * reads the rows: its colours name no lane, or the lane of a labelled row just above or below
 * it, or it stands in too few stages to be a row of its own (a few notes of a slipped colour
 * stacked under their row).
 */
export function spillsOnly(
  rows: readonly NamedRow[],
  colourKinds: readonly (LaneKind | null)[],
  stagesIn: readonly number[],
  stageCount: number,
): boolean {
  return rows.every((row, i) => {
    const colour = colourKinds[i];
    if (row.kind !== null || colour === null || colour === undefined) return true;
    if ((stagesIn[i] ?? 0) < Math.max(2, MIN_STAGE_SHARE * stageCount)) return true;
    return rows[i - 1]?.kind === colour || rows[i + 1]?.kind === colour;
  });
}
