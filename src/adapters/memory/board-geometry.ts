import type { BoardItem, Rect } from "../../core/board/board-item";

/** The smallest rect around the items, or null for none. */
export function boundsOf(items: readonly BoardItem[]): Rect | null {
  if (items.length === 0) return null;
  const left = Math.min(...items.map((i) => i.x - i.width / 2));
  const top = Math.min(...items.map((i) => i.y - i.height / 2));
  const right = Math.max(...items.map((i) => i.x + i.width / 2));
  const bottom = Math.max(...items.map((i) => i.y + i.height / 2));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The space kept free around a found region, so a template does not touch its neighbours. */
const MARGIN = 100;

function blocks(item: BoardItem, rect: Rect): boolean {
  return (
    Math.abs(item.x - (rect.x + rect.width / 2)) < (item.width + rect.width) / 2 + MARGIN &&
    Math.abs(item.y - (rect.y + rect.height / 2)) < (item.height + rect.height) / 2 + MARGIN
  );
}

/**
 * A region of the wanted size that no item overlaps (with a margin), at the wanted place or to
 * its right: Miro's findEmptySpace places beside content in much the same way.
 */
export function freeRectNear(want: Rect, items: readonly BoardItem[]): Rect {
  const rect = { ...want };
  for (;;) {
    const blocker = items.find((item) => blocks(item, rect));
    if (!blocker) return rect;
    // Jumps past the blocker, so each step clears one item for good.
    rect.x = blocker.x + blocker.width / 2 + MARGIN;
  }
}

/** Whether the point lies inside the item's box. */
function holds(item: BoardItem, x: number, y: number): boolean {
  return Math.abs(x - item.x) <= item.width / 2 && Math.abs(y - item.y) <= item.height / 2;
}

/**
 * The frame a user's drop at (x, y) lands in: the smallest frame holding the point, other than
 * the moved item and what it contains (`excluded`); null for the open board.
 */
export function frameAt(
  x: number,
  y: number,
  items: Iterable<BoardItem>,
  excluded: ReadonlySet<string>,
): string | null {
  let best: BoardItem | null = null;
  for (const item of items) {
    if (item.kind !== "frame" || excluded.has(item.id) || !holds(item, x, y)) continue;
    if (!best || item.width * item.height < best.width * best.height) best = item;
  }
  return best?.id ?? null;
}
