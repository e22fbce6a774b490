import type { NamedColourId, Platform } from "../../core/colour/named-colour";
import { LANE_KINDS, type LaneKind } from "../../core/model/lane-kind";
import type { Random } from "../random";
import { laneColour } from "./sketch";

/**
 * A board's sticky size: Miro's square or wide sticky at the zoom the team resized it to,
 * FigJam's fixed square or wide one.
 */
export function boardNoteSize(
  platform: Platform,
  random: Random,
): { width: number; height: number } {
  const wide = random.chance(0.2);
  if (platform === "figjam")
    return wide ? { width: 416, height: 240 } : { width: 240, height: 240 };
  const scale = random.pick([0.6, 0.8, 1, 1, 1, 1.25]);
  return { width: (wide ? 350 : 199) * scale, height: 228 * scale };
}

/** The rows a team keeps: a few of the usual lanes in about the usual order. */
export function boardLanes(random: Random, min = 4, max = 7): LaneKind[] {
  const pool: LaneKind[] = LANE_KINDS.filter((k) => k !== "question");
  const count = random.int(min, Math.min(max, pool.length));
  const lanes = [...pool];
  while (lanes.length > count) lanes.splice(random.int(0, lanes.length - 1), 1);
  // Teams reorder a row or two: feelings above thoughts, touchpoints first.
  for (let i = 1; i < lanes.length; i++) {
    if (random.chance(0.25))
      [lanes[i - 1], lanes[i]] = [lanes[i] as LaneKind, lanes[i - 1] as LaneKind];
  }
  if (random.chance(0.2)) lanes.push("question");
  return lanes;
}

/**
 * How a team coloured its notes: by lane, by lane with some slips, or nearly all in the
 * default yellow with red for pains. Position decides the lane in a labelled row.
 */
export function boardColouring(
  platform: Platform,
  random: Random,
): (lane: LaneKind) => NamedColourId {
  const habit = random.pick(["lanes", "lanes", "slips", "yellow"] as const);
  const own = (lane: LaneKind) => laneColour(platform, lane);
  if (habit === "lanes") return own;
  if (habit === "slips")
    return (lane) =>
      random.chance(0.12) ? own(random.pick(LANE_KINDS.filter((k) => k !== lane))) : own(lane);
  return (lane) => (lane === "pain" ? own("pain") : own("step"));
}
