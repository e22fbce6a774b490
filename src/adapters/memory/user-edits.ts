import type { BoardItem } from "../../core/board/board-item";
import { frameAt } from "./board-geometry";
import { contentsOf } from "./containment";

/**
 * The items a user's drag of `id` to (x, y) changes, as they are after it: a frame takes what
 * it holds along, and any other item lands in the smallest frame under its new centre (or on
 * the open board), as both platforms do on a drop.
 */
export function dragged(
  items: ReadonlyMap<string, BoardItem>,
  item: BoardItem,
  x: number,
  y: number,
): BoardItem[] {
  const [dx, dy] = [x - item.x, y - item.y];
  const parentId =
    item.kind === "frame" ? item.parentId : frameAt(x, y, items.values(), new Set([item.id]));
  const moved = { ...item, x, y, parentId };
  const carried = contentsOf(items, item.id).map((m) => ({ ...m, x: m.x + dx, y: m.y + dy }));
  return [moved, ...carried];
}

/**
 * The ids a user's delete of `id` takes off the board: a frame goes with what it holds, as on
 * both platforms, and a connector goes with either item it joined.
 */
export function deletedWith(items: ReadonlyMap<string, BoardItem>, id: string): Set<string> {
  const gone = new Set([id, ...contentsOf(items, id).map((item) => item.id)]);
  for (const item of items.values()) {
    if (item.ends && (gone.has(item.ends.from) || gone.has(item.ends.to))) gone.add(item.id);
  }
  return gone;
}
