import type { AppData, AppDataValue } from "@mirohq/websdk-types";
import type { MiroItem } from "../miro-api";
import type { SyncPatch } from "./sync-patch";

/** The calls an item view makes on the board it came from; each is one metered Web SDK call. */
export interface ItemCalls {
  sync(id: string, patch: SyncPatch): Promise<void>;
  /** The app's metadata on the item: all of it, or one key's value (undefined when absent). */
  getMetadata(id: string, key: string | undefined): Promise<AppData | AppDataValue | undefined>;
  /** Sets one key; answers the item's whole metadata, as the SDK's `setMetadata` does. */
  setMetadata(id: string, key: string, value: AppDataValue): Promise<AppData>;
  frameAdd(frameId: string, item: { id: string }): Promise<MiroItem>;
  frameRemove(frameId: string, item: { id: string }): Promise<void>;
}
