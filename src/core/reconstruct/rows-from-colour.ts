import type { LaneKind } from "../model/lane-kind";

/** The share of a row's notes whose colour must name one lane for the row to take it. */
const COLOUR_MAJORITY = 0.6;

/** The lane a row's colours name, and how many of its notes agree. */
export interface ColourLane {
  kind: LaneKind;
  /** The share of the row's notes, those of no lane's colour included, whose colour names it. */
  share: number;
}

/**
 * The lane of a row no label names, from the colours of its notes through the legend: the lane
 * that most of them name, when at least COLOUR_MAJORITY of all its notes do. Null where the
 * colours say nothing clear (no notes, mixed colours, colours of no lane): then each note keeps
 * the lane its own colour names.
 */
export function laneFromColours(
  counts: ReadonlyMap<LaneKind, number>,
  notes: number,
): ColourLane | null {
  let best: ColourLane | null = null;
  for (const [kind, count] of counts) {
    const share = notes > 0 ? count / notes : 0;
    if (!best || share > best.share) best = { kind, share };
  }
  return best && best.share >= COLOUR_MAJORITY ? best : null;
}
