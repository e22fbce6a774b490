import type { RelativeTo } from "@mirohq/websdk-types";
import type { ItemStore } from "./item-store";
import type { PlacedRecord } from "./miro-record";

interface Point {
  x: number;
  y: number;
}

/** The board point an item's view coordinates count from: its frame's top-left, or 0,0. */
function originOf(store: ItemStore, record: PlacedRecord): Point {
  const parent = record.parentId === null ? undefined : store.placed(record.parentId);
  return parent
    ? { x: parent.x - parent.width / 2, y: parent.y - parent.height / 2 }
    : { x: 0, y: 0 };
}

/**
 * Where the SDK says an item is: a frame child's centre relative to the frame's top-left corner
 * (`parent_top_left`), anything else's centre on the board (`canvas_center`).
 */
export function viewPosition(
  store: ItemStore,
  record: PlacedRecord,
): Point & { relativeTo: RelativeTo } {
  const origin = originOf(store, record);
  return {
    x: record.x - origin.x,
    y: record.y - origin.y,
    relativeTo: record.parentId === null ? "canvas_center" : "parent_top_left",
  };
}

/**
 * The board position a view's x and y stand for. A coordinate the view left as it was keeps
 * the stored one exactly: converting there and back could move an item by a rounding error.
 */
export function boardPosition(store: ItemStore, record: PlacedRecord, view: Point): Point {
  const origin = originOf(store, record);
  const now = viewPosition(store, record);
  return {
    x: view.x === now.x ? record.x : origin.x + view.x,
    y: view.y === now.y ? record.y : origin.y + view.y,
  };
}

/** Whether a board point lies within a frame's box, edges included. */
export function frameHolds(frame: PlacedRecord, point: Point): boolean {
  return (
    Math.abs(point.x - frame.x) <= frame.width / 2 &&
    Math.abs(point.y - frame.y) <= frame.height / 2
  );
}
