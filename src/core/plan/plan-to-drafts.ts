import { appMark } from "../board/app-items/app-mark";
import { keyText } from "../board/app-items/item-key";
import type { WrittenPart } from "../board/app-items/parts";
import type { ItemDraft } from "../board/board-port";
import type { Platform } from "../colour/named-colour";
import { DEFAULT_LEGEND } from "../legend/default-legend";
import type { Legend } from "../legend/legend";
import { fillFor } from "./fill-for";
import type { PlanItem } from "./plan-item";

export interface DraftOptions {
  /** Which part of the app's items the plan is: written into every mark. */
  part: WrittenPart;
  /** The template or write-back the items belong to. */
  groupId: string;
  platform: Platform;
  legend?: Legend;
  /** Where the plan's 0,0 goes on the board. */
  origin?: { x: number; y: number };
}

/**
 * The one way a plan becomes drafts for a platform: colours resolved through the legend for the
 * platform, positions moved to the origin, containers and connector ends named by their keys,
 * each draft with the app's newest mark. Refs are the items' keys.
 */
export function planToDrafts(items: readonly PlanItem[], options: DraftOptions): ItemDraft[] {
  const legend = options.legend ?? DEFAULT_LEGEND;
  const origin = options.origin ?? { x: 0, y: 0 };
  return items.map((item) => ({
    ref: keyText(item.key),
    kind: item.kind,
    text: item.text,
    fill: fillFor(item.colour, legend, options.platform),
    x: origin.x + item.x,
    y: origin.y + item.y,
    width: item.width,
    height: item.height,
    parent: item.parent ? { ref: keyText(item.parent) } : null,
    mark: appMark(options.part, item.key, options.groupId),
    ...(item.style ? { style: item.style } : {}),
    ...(item.ends
      ? { ends: { from: { ref: keyText(item.ends[0]) }, to: { ref: keyText(item.ends[1]) } } }
      : {}),
    ...(item.due !== undefined ? { due: item.due } : {}),
    ...(item.status ? { status: item.status } : {}),
  }));
}
