import type { BoardItem, Rect } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";
import { drawnRect } from "./drawn-rect";
import type { Point } from "./viewport";

/** Whether the outer rect holds the inner one whole, with `slack` board units to spare. */
export function rectHolds(outer: Rect, inner: Rect, slack = 0): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

/** The rect spanned by two corners given in any order (a drag from one to the other). */
export function rectBetween(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}

/** The items drawn wholly inside the rect, in board order; connectors are never hit. */
export function itemsWithin(
  items: readonly BoardItem[],
  rect: Rect,
  platform: Platform,
  slack = 0,
): BoardItem[] {
  return items.filter(
    (item) => item.kind !== "connector" && rectHolds(rect, drawnRect(item, platform), slack),
  );
}

/**
 * The item drawn on top at a board point, or null for the open board. Frames lie under
 * everything else, so a note on a frame is hit before its frame; among the rest, later is higher.
 */
export function itemAt(
  items: readonly BoardItem[],
  point: Point,
  platform: Platform,
): BoardItem | null {
  let frame: BoardItem | null = null;
  let frameArea = Number.POSITIVE_INFINITY;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as BoardItem;
    if (item.kind === "connector") continue;
    const rect = drawnRect(item, platform);
    const inside =
      point.x >= rect.x &&
      point.y >= rect.y &&
      point.x <= rect.x + rect.width &&
      point.y <= rect.y + rect.height;
    if (!inside) continue;
    if (item.kind !== "frame") return item;
    // The innermost frame: the smallest that holds the point.
    if (rect.width * rect.height < frameArea) {
      frame = item;
      frameArea = rect.width * rect.height;
    }
  }
  return frame;
}
