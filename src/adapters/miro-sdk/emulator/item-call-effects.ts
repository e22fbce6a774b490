import type { AppData, AppDataValue } from "@mirohq/websdk-types";
import type { MiroItem } from "../miro-api";
import type { BoardState } from "./board-state";
import type { CallRunner } from "./call-runner";
import { frameHolds } from "./frame-coordinates";
import type { ItemCalls } from "./item-calls";
import { invalidError, notFoundError } from "./miro-errors";
import type { ItemRecord, MiroRecord } from "./miro-record";
import { applySync } from "./view-sync";

/** Miro keeps at most this much of one app's metadata on one item, as JSON in UTF-8. */
export const METADATA_LIMIT_BYTES = 256;

const encoder = new TextEncoder();

/**
 * The calls an item view makes, each one metered call on the emulated board. Every effect
 * checks first and changes after, so a refused call leaves the board as it was.
 */
export function itemCallEffects(
  state: BoardState,
  runner: CallRunner,
  view: (record: MiroRecord) => MiroItem,
): ItemCalls {
  const { store } = state;
  const item = (id: string): ItemRecord => {
    const record = store.item(id);
    if (!record) throw notFoundError(id);
    return record;
  };
  const frameOf = (id: string) => {
    const frame = store.get(id);
    if (frame?.type !== "frame") throw notFoundError(id);
    return frame;
  };
  return {
    sync: (id, patch) =>
      runner.run("item.sync", () => {
        const changed = applySync(store, id, patch);
        if (changed.length === 0) return;
        state.appTouches(changed);
        state.changed();
      }),
    getMetadata: (id, key) =>
      runner.run("item.getMetadata", () => {
        const metadata = structuredClone(item(id).metadata);
        return key === undefined ? metadata : metadata[key];
      }),
    setMetadata: (id: string, key: string, value: AppDataValue) =>
      runner.run("item.setMetadata", (): AppData => {
        const record = item(id);
        const next = { ...record.metadata, [key]: structuredClone(value) };
        const bytes = encoder.encode(JSON.stringify(next)).length;
        if (bytes > METADATA_LIMIT_BYTES) {
          throw invalidError(
            `Metadata of item ${id} would be ${bytes} bytes: Miro keeps at most ${METADATA_LIMIT_BYTES} bytes of an app's metadata per item`,
          );
        }
        // Checked before the change: once marked, a user's item would pass for the app's.
        state.appTouches([record]);
        record.metadata = next;
        state.changed();
        return structuredClone(next);
      }),
    frameAdd: (frameId, { id }) =>
      runner.run("frame.add", () => {
        const frame = frameOf(frameId);
        const child = store.placed(id);
        if (!child)
          throw store.get(id)
            ? invalidError(`Item ${id} cannot go into a frame`)
            : notFoundError(id);
        if (child.type === "frame") throw invalidError(`Frame ${id} cannot go into another frame`);
        // frame.add makes the item a child where it stands; it does not move it into the frame.
        if (!frameHolds(frame, child)) {
          throw invalidError(
            `Item ${id} is outside frame ${frameId}: move it inside before frame.add`,
          );
        }
        if (child.parentId !== frameId) {
          state.appTouches([child]);
          store.setParent(child, frameId);
          state.changed();
        }
        return view(child);
      }),
    frameRemove: (frameId, { id }) =>
      runner.run("frame.remove", () => {
        frameOf(frameId);
        const child = item(id);
        if (child.parentId !== frameId) throw invalidError(`Item ${id} is not in frame ${frameId}`);
        state.appTouches([child]);
        store.setParent(child, null);
        state.changed();
      }),
  };
}
