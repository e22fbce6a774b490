import type { Platform } from "../colour/named-colour";
import { hexOf } from "../colour/swatches";
import { colourFor, type Legend } from "../legend/legend";
import type { ColourRole } from "./plan-item";

/** FigJam has no stage-header sticky colour; its headers take Miro's dark blue fill. */
const STAGE_HEADER_FALLBACK = hexOf("miro:dark_blue");
const PAPER = "#FFFFFF";
const SHADE = "#F5F6F8";

/** The lane whose colour an action of each status takes. */
const ACTION_LANE = { planned: "action", idea: "opportunity", suggested: "question" } as const;

/**
 * The fill of a colour role on one platform: the legend's colour for the meaning where it has
 * one on the platform (a named colour id), plain paper where it has none.
 */
export function fillFor(colour: ColourRole, legend: Legend, platform: Platform): string | null {
  switch (colour.kind) {
    case "none":
      return null;
    case "paper":
      return PAPER;
    case "shade":
      return SHADE;
    case "note":
      return colour.fill;
    case "stage-header":
      return colourFor(legend, "stage-header", platform) ?? STAGE_HEADER_FALLBACK;
    case "lane":
      return colourFor(legend, colour.lane, platform) ?? PAPER;
    case "action":
      return colourFor(legend, ACTION_LANE[colour.status], platform) ?? PAPER;
  }
}
