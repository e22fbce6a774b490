import type { BoardItem } from "../../../core/board/board-item";
import type { BoardState } from "./board-state";
import { childrenOf, isBoxed } from "./figjam-record";
import { containerOf, originOf } from "./node-geometry";
import { userRecord } from "./user-records";

/**
 * People put plain records on the page (page coordinates of centres), ids kept, each in the
 * container its `parentId` names (a section, a group, a frame) once all are in; returns the ids.
 * A record with a mark is the app's from an earlier run, its mark kept as shared plugin data.
 */
export function addUserNodes(state: BoardState, items: readonly BoardItem[]): string[] {
  const { store } = state;
  const ids = new Set<string>();
  for (const item of items) {
    if (store.has(item.id) || ids.has(item.id))
      throw new Error(`The page already has a node ${item.id}`);
    ids.add(item.id);
  }
  const records = items.map((item) => userRecord(item, store.page.id, state.mark));
  // Until they are placed, x and y are top-left corners on the page.
  const onPage = new Map(
    records.map((record) => [record.id, isBoxed(record) ? { x: record.x, y: record.y } : null]),
  );
  for (const record of records) store.add(record);
  items.forEach((item, at) => {
    const record = records[at];
    const parent = item.parentId === null ? undefined : store.get(item.parentId);
    if (!record || !parent || !childrenOf(parent) || parent.id === record.id) return;
    if (store.descendants(record.id).some((inside) => inside.id === parent.id)) return;
    if (record.type === "SECTION" && parent.type !== "SECTION") return;
    store.setParent(record, parent.id);
  });
  for (const record of records) {
    const corner = onPage.get(record.id);
    if (!corner || !isBoxed(record)) continue;
    const container = containerOf(store, record);
    // A container of this batch is not placed yet; one already on the page is.
    const origin = onPage.get(container.id) ?? originOf(store, container);
    record.x = corner.x - origin.x;
    record.y = corner.y - origin.y;
  }
  state.changed();
  return records.map((record) => record.id);
}
