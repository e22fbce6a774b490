import type { Language } from "../lexicon/lane-words";
import { LANE_KINDS, type LaneKind } from "../model/lane-kind";
import type { PresetId } from "./template-spec";

export interface Preset {
  id: PresetId;
  name: Record<Language, string>;
  lanes: readonly LaneKind[];
}

/**
 * The templates a facilitator can start from. Questions are not a row: the template's parking
 * lot takes them, so that open questions are parked rather than solved on the spot.
 */
export const PRESETS: Record<PresetId, Preset> = {
  workshop: {
    id: "workshop",
    name: { en: "Workshop journey", sv: "Workshopkundresa", da: "Workshop-kunderejse" },
    lanes: LANE_KINDS.filter((kind) => kind !== "question"),
  },
  "pains-and-gains": {
    id: "pains-and-gains",
    name: { en: "Pains and gains", sv: "Smärtor och glädjeämnen", da: "Smerter og glæder" },
    lanes: ["step", "pain", "gain", "opportunity"],
  },
};
