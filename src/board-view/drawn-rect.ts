import type { BoardItem, Rect } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";
import { drawnSize } from "./drawn-size";

/** The box an item is drawn in, top-left corner first, in board units. */
export function drawnRect(item: BoardItem, platform: Platform): Rect {
  const { width, height } = drawnSize(item, platform);
  return { x: item.x - width / 2, y: item.y - height / 2, width, height };
}

/** The smallest rect holding every drawn item (connectors have no box of their own); null for none. */
export function drawnBounds(items: readonly BoardItem[], platform: Platform): Rect | null {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (item.kind === "connector") continue;
    const rect = drawnRect(item, platform);
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.width);
    bottom = Math.max(bottom, rect.y + rect.height);
  }
  if (left === Number.POSITIVE_INFINITY) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}
