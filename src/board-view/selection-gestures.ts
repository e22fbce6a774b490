import type { BoardItem } from "../core/board/board-item";
import type { Camera } from "./camera";
import { dragPlan } from "./drag-plan";
import type { DrawnBoard } from "./drawn-board";
import { itemsWithin, rectBetween } from "./hit-test";
import type { ItemLayer } from "./item-layer";
import type { GestureHost } from "./pointer-gestures";
import { toBoard } from "./viewport";

/** What the pointer gestures need from the mounted view. */
export interface SelectionGestureParts {
  board: DrawnBoard;
  camera: Camera;
  layer: ItemLayer;
  box: HTMLElement;
  items(): readonly BoardItem[];
  spaceHeld(): boolean;
  /** Moves the items the board is told to move (see DragPlan) by a board distance. */
  drop(roots: readonly string[], dx: number, dy: number): void;
}

/**
 * The pointer gestures' meaning on the drawn board: a press selects (Shift adds or removes), a
 * drag moves the selection (frames with their contents), a Shift-drag on the open board
 * selects what the box holds, a click on the open board clears the selection.
 */
export function selectionGestures(parts: SelectionGestureParts): GestureHost {
  const { board, camera, layer } = parts;
  let roots: string[] = [];
  const carriedBy = (picked: readonly string[]) => {
    const plan = dragPlan(parts.items(), picked);
    roots = plan.roots;
    return plan.carried;
  };
  const hittable = (id: string) =>
    parts.items().some((item) => item.id === id && item.kind !== "connector");
  return {
    itemAt: (target) => {
      const element = (target as Element | null)?.closest?.("[data-item-id]");
      const id = element instanceof HTMLElement ? (element.dataset.itemId ?? null) : null;
      return id !== null && hittable(id) ? id : null;
    },
    press: (id, additive) => {
      const selection = board.selection;
      if (additive) {
        const next = selection.includes(id)
          ? selection.filter((s) => s !== id)
          : [...selection, id];
        board.selection = next;
        return next.includes(id) ? carriedBy(next) : [];
      }
      if (!selection.includes(id)) board.selection = [id];
      return carriedBy(board.selection);
    },
    clickBackground: (additive) => {
      if (!additive && board.selection.length > 0) board.selection = [];
    },
    dragBy: (ids, dx, dy) => layer.preview(ids, dx / camera.view.zoom, dy / camera.view.zoom),
    drop: (_ids, dx, dy) => parts.drop(roots, dx / camera.view.zoom, dy / camera.view.zoom),
    pan: (dx, dy) => camera.panBy(dx, dy),
    zoom: (factor, anchor) => camera.zoomBy(factor, anchor),
    box: (from, to, done) => {
      parts.box.hidden = done || to === null;
      if (to === null) return;
      const screen = rectBetween(from, to);
      Object.assign(parts.box.style, {
        left: `${screen.x}px`,
        top: `${screen.y}px`,
        width: `${screen.width}px`,
        height: `${screen.height}px`,
      });
      if (!done) return;
      const area = rectBetween(toBoard(camera.view, from), toBoard(camera.view, to));
      const inside = itemsWithin(parts.items(), area, board.platform).map((item) => item.id);
      board.selection = [...new Set([...board.selection, ...inside])];
    },
    spaceHeld: parts.spaceHeld,
  };
}
