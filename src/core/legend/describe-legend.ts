import { type NamedColourId, platformName } from "../colour/named-colour";
import type { LaneKind } from "../model/lane-kind";
import type { LegendMeaning } from "./legend";

/** Lane kinds in a facilitator's words, for messages and reports. */
export const LANE_WORDS_EN: Record<LaneKind, string> = {
  step: "customer steps",
  touchpoint: "touchpoints",
  thought: "thoughts",
  emotion: "feelings",
  pain: "pain points",
  gain: "gains",
  opportunity: "opportunities",
  action: "actions",
  kpi: "KPIs",
  question: "questions",
};

/** `dark blue` for `miro:dark_blue`. */
export function colourWords(colour: NamedColourId): string {
  return platformName(colour).replace(/_/g, " ");
}

/** `stage headers` for `stage-header`, `pain points` for `pain`. */
export function meaningWords(meaning: LegendMeaning): string {
  if (meaning === "stage-header") return "stage headers";
  if (meaning === "none") return "nothing";
  return LANE_WORDS_EN[meaning];
}
