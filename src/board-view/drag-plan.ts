import type { BoardItem } from "../core/board/board-item";

/**
 * What a drag of the picked items moves: `roots` are the items the board is told to move (a
 * picked item inside a picked frame goes with its frame, not twice), and `carried` every item
 * that moves on screen, the frames' contents included, as the board will move them.
 */
export interface DragPlan {
  roots: string[];
  carried: string[];
}

/** The drag plan for picked items; connectors and unknown ids are left out. */
export function dragPlan(items: readonly BoardItem[], picked: readonly string[]): DragPlan {
  const byId = new Map(items.map((item) => [item.id, item]));
  const pickedSet = new Set(
    picked.filter((id) => byId.get(id)?.kind !== "connector" && byId.has(id)),
  );
  const insidePicked = (item: BoardItem): boolean => {
    // A loop of parents that comes back to the item holds nothing above it.
    const seen = new Set<string>([item.id]);
    let parentId = item.parentId;
    while (parentId !== null && !seen.has(parentId)) {
      if (pickedSet.has(parentId)) return true;
      seen.add(parentId);
      parentId = byId.get(parentId)?.parentId ?? null;
    }
    return false;
  };
  const roots = [...pickedSet].filter((id) => !insidePicked(byId.get(id) as BoardItem));
  const carried = items
    .filter((item) => item.kind !== "connector" && (pickedSet.has(item.id) || insidePicked(item)))
    .map((item) => item.id);
  return { roots, carried };
}
