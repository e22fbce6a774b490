import { APP_MARK_SCHEMA_VERSION } from "../board/app-mark";
import type { ItemDraft } from "../board/board-port";
import type { Platform } from "../colour/named-colour";
import { hexOf } from "../colour/swatches";
import { DEFAULT_LEGEND } from "../legend/default-legend";
import { colourFor, type Legend } from "../legend/legend";
import type { ColourRole, LayoutPlan } from "./layout-plan";

/** FigJam has no stage-header sticky colour; its headers take Miro's dark blue fill. */
const STAGE_HEADER_FALLBACK = hexOf("miro:dark_blue");
const PAPER = "#FFFFFF";

export interface DraftOptions {
  platform: Platform;
  legend?: Legend;
  /** Where the plan's top-left corner goes on the board. */
  origin?: { x: number; y: number };
}

/**
 * Turns a layout plan into drafts for one platform: colours through the legend, positions moved
 * to the origin, the frame first and everything else inside it, each draft with the app's mark.
 */
export function planToDrafts(plan: LayoutPlan, options: DraftOptions): ItemDraft[] {
  const legend = options.legend ?? DEFAULT_LEGEND;
  const origin = options.origin ?? { x: 0, y: 0 };
  const frame = plan.items.find((item) => item.role === "journey-frame");
  return plan.items.map((item) => ({
    ref: item.key,
    kind: item.kind,
    text: item.text,
    fill: fillFor(item.colour, legend, options.platform),
    x: origin.x + item.x,
    y: origin.y + item.y,
    width: item.width,
    height: item.height,
    parent: frame && item !== frame ? { ref: frame.key } : null,
    mark: {
      schemaVersion: APP_MARK_SCHEMA_VERSION,
      role: item.role,
      key: item.key,
      templateId: plan.templateId,
    },
    ...(item.style ? { style: item.style } : {}),
  }));
}

function fillFor(colour: ColourRole, legend: Legend, platform: Platform): string | null {
  switch (colour.kind) {
    case "none":
      return null;
    case "paper":
      return PAPER;
    case "stage-header":
      return colourFor(legend, "stage-header", platform) ?? STAGE_HEADER_FALLBACK;
    case "lane":
      return colourFor(legend, colour.lane, platform) ?? PAPER;
  }
}
