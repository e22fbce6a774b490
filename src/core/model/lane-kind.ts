import * as z from "zod/mini";

/** Lane kinds in the usual top-to-bottom order of a journey map. */
export const LANE_KINDS = [
  "step",
  "touchpoint",
  "thought",
  "emotion",
  "pain",
  "gain",
  "opportunity",
  "action",
  "kpi",
  "question",
] as const;

export const LaneKindSchema = z.enum(LANE_KINDS);

/** What the notes of one row describe. */
export type LaneKind = z.infer<typeof LaneKindSchema>;

/** Position of a lane kind in the usual order; lower is higher on the board. */
export function laneOrder(kind: LaneKind): number {
  return LANE_KINDS.indexOf(kind);
}
