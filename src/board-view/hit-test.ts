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
