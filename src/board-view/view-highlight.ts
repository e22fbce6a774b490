import type { BoardItem, Rect } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";
import { itemsWithin } from "./hit-test";

/** More items than this in view are a whole region (a new template), not notes to point at. */
export const MAX_HIGHLIGHTED = 30;

/**
 * The items to flash when the app brings a region into view: those drawn inside it (the note a
 * "show this note" button names, or a few). A region of many items is shown but not flashed.
 */
export function itemsToHighlight(
  items: readonly BoardItem[],
  view: Rect,
  platform: Platform,
): string[] {
  const inside = itemsWithin(items, view, platform, 1);
  return inside.length <= MAX_HIGHLIGHTED ? inside.map((item) => item.id) : [];
}
