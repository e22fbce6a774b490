import { textToHtml } from "../../../core/text/html-to-text";
import type { BoardState } from "./board-state";
import { frameHolds } from "./frame-coordinates";
import type { PlacedRecord } from "./miro-record";
import { textSize } from "./text-size";

function placedOrThrow(state: BoardState, id: string): PlacedRecord {
  const record = state.store.placed(id);
  if (!record) throw new Error(`No item ${id} with a place on the board to edit`);
  return record;
}

/**
 * A person drags an item so its centre lands at (x, y) on the board. A frame takes its contents
 * along; any other item lands in the smallest frame under its new centre, or on the open board,
 * as Miro does on a drop.
 */
export function moveItem(state: BoardState, id: string, x: number, y: number): void {
  const { store } = state;
  const record = placedOrThrow(state, id);
  const [dx, dy] = [x - record.x, y - record.y];
  if (record.type === "frame") {
    for (const inside of store.contentsOf(id)) {
      if (inside.type === "connector") continue;
      inside.x += dx;
      inside.y += dy;
    }
  }
  record.x = x;
  record.y = y;
  if (record.type !== "frame") {
    const frames = store
      .all()
      .filter((f): f is PlacedRecord => f.type === "frame" && frameHolds(f, record));
    const smallest = frames.sort((a, b) => a.width * a.height - b.width * b.height)[0];
    if ((smallest?.id ?? null) !== record.parentId) store.setParent(record, smallest?.id ?? null);
  }
  state.changed();
}

/** A person rewrites an item's text: a note's content, a card's or frame's title. */
export function editText(state: BoardState, id: string, text: string): void {
  const record = placedOrThrow(state, id);
  switch (record.type) {
    case "sticky_note":
    case "shape":
      record.content = textToHtml(text);
      break;
    case "text":
      record.content = textToHtml(text);
      Object.assign(record, textSize(record.content, record.style.fontSize, record.width));
      break;
    case "card":
    case "image":
      record.title = textToHtml(text);
      break;
    case "frame":
      record.title = text;
      break;
    case "unsupported":
      throw new Error(`Item ${id} has no text to edit`);
  }
  state.changed();
}

/** A person deletes an item: a frame goes with its contents, an item with its connectors. */
export function removeItem(state: BoardState, id: string): void {
  if (!state.store.get(id)) throw new Error(`No item ${id} on the board to remove`);
  const gone = new Set(state.store.remove(id).map((record) => record.id));
  state.selection = state.selection.filter((selected) => !gone.has(selected));
  state.changed();
}
