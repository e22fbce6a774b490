import type { BoardItem } from "../../core/board/board-item";

/** Whether the item sits in the container, however deep; a loop of parents ends the search. */
export function isInside(
  items: ReadonlyMap<string, BoardItem>,
  item: BoardItem,
  containerId: string,
): boolean {
  let parentId = item.parentId;
  const seen = new Set<string>();
  while (parentId !== null && !seen.has(parentId)) {
    if (parentId === containerId) return true;
    seen.add(parentId);
    parentId = items.get(parentId)?.parentId ?? null;
  }
  return false;
}

/** Everything inside the container, however deep, in board order. */
export function contentsOf(
  items: ReadonlyMap<string, BoardItem>,
  containerId: string,
): BoardItem[] {
  return [...items.values()].filter((item) => isInside(items, item, containerId));
}
