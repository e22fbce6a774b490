import { keyText } from "../board/app-items/item-key";
import type { BoardItem, Rect } from "../board/board-item";
import type { LayoutPlan } from "../template/layout-plan";

/** Room left between the content on the board and a new template. */
const GAP = 200;

/**
 * Where a template already stands on the board, from any of its items there (a start that was
 * cancelled part-way, or the same template asked for again); null when none of it is there.
 */
export function placedOrigin(
  plan: LayoutPlan,
  board: readonly BoardItem[],
): { x: number; y: number } | null {
  const planned = new Map(plan.items.map((item) => [keyText(item.key), item]));
  for (const item of board) {
    if (item.mark?.part !== "template" || item.mark.groupId !== plan.templateId) continue;
    const at = planned.get(item.mark.key);
    if (at) return { x: item.x - at.x, y: item.y - at.y };
  }
  return null;
}

/** The place to ask for a new template: right of what is on the board, or at 0,0 on an empty one. */
export function wantedRect(plan: LayoutPlan, board: readonly BoardItem[]): Rect {
  const placed = board.filter((item) => item.parentId === null && !item.noPosition);
  if (placed.length === 0) return { x: 0, y: 0, width: plan.width, height: plan.height };
  const right = Math.max(...placed.map((item) => item.x + item.width / 2));
  const top = Math.min(...placed.map((item) => item.y - item.height / 2));
  return { x: right + GAP, y: top, width: plan.width, height: plan.height };
}
