import type { TagColor } from "@mirohq/websdk-types";
import type { BoardItem } from "../../../core/board/board-item";
import { textToHtml } from "../../../core/text/html-to-text";
import type { BoardState } from "./board-state";
import type { StickyRecord } from "./miro-record";
import { STICKY_SIZES } from "./sticky-size";
import { recordOfItem } from "./user-board";

/**
 * People put plain records on the board (board coordinates of centres), ids kept, each in the
 * frame it names once all are in; returns the ids. A record with a mark is the app's from an
 * earlier run, its mark kept as metadata under `markKey`.
 */
export function addUserItems(
  state: BoardState,
  items: readonly BoardItem[],
  markKey: string,
): string[] {
  const { store } = state;
  for (const item of items) {
    if (store.get(item.id)) throw new Error(`The board already has an item ${item.id}`);
  }
  const records = items.map((item) => recordOfItem(item, markKey));
  for (const record of records) store.add(record);
  items.forEach((item, at) => {
    const record = records[at];
    const frame = item.parentId === null ? undefined : store.get(item.parentId);
    if (record && frame?.type === "frame" && frame.id !== record.id)
      store.setParent(record, frame.id);
  });
  state.changed();
  return records.map((record) => record.id);
}

/** A person puts a tag on the board; returns its id. */
export function addUserTag(state: BoardState, title: string, color: `${TagColor}`): string {
  const id = state.store.newId();
  state.store.add({ id, type: "tag", title, color, origin: "user" });
  state.changed();
  return id;
}

/** A person tags an item (a sticky note or a card) with tags on the board. */
export function tagItem(state: BoardState, id: string, tagIds: readonly string[]): void {
  const record = state.store.get(id);
  if (!record || !("tagIds" in record)) throw new Error(`Item ${id} takes no tags`);
  record.tagIds = [...tagIds];
  state.changed();
}

/** A person puts a square sticky note on the open board at (x, y); returns its id. */
export function addUserNote(
  state: BoardState,
  x: number,
  y: number,
  text: string,
  fillColor: StickyRecord["style"]["fillColor"],
): string {
  const id = state.store.newId();
  state.store.add({
    id,
    type: "sticky_note",
    x,
    y,
    ...STICKY_SIZES.square,
    content: textToHtml(text),
    shape: "square",
    style: { fillColor, textAlign: "center", textAlignVertical: "middle" },
    tagIds: [],
    parentId: null,
    metadata: {},
    origin: "user",
  });
  state.changed();
  return id;
}
