import type { BaseItem, RelativeTo } from "@mirohq/websdk-types";
import { viewPosition } from "./frame-coordinates";
import type { ItemCalls } from "./item-calls";
import type { ItemStore } from "./item-store";
import type { PlacedRecord } from "./miro-record";

type MetadataCalls = Pick<BaseItem, "getMetadata" | "setMetadata">;

/**
 * The emulator's one cast. The SDK declares `getMetadata<T extends AppDataValue>(key):
 * Promise<T>` and `setMetadata<T extends AppData>(...): Promise<T>`, overloads whose type
 * parameter the caller picks, so no implementation can meet them as declared; the value is the
 * stored JSON, which is all the real SDK promises at run time too.
 */
export function metadataCalls(id: string, calls: ItemCalls): MetadataCalls {
  return {
    getMetadata: ((key?: string) => calls.getMetadata(id, key)) as MetadataCalls["getMetadata"],
    setMetadata: ((key: string, value: Parameters<MetadataCalls["setMetadata"]>[1]) =>
      calls.setMetadata(id, key, value)) as MetadataCalls["setMetadata"],
  };
}

/** What every view of a placed item has: identity, frame, place and size, and its calls. */
export interface PlacedView extends MetadataCalls {
  id: string;
  parentId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** As the SDK's views say: x and y are the centre, on the board or in the frame. */
  origin: "center";
  relativeTo: RelativeTo;
}

/** The part every placed item's view shares, positioned as the SDK positions it. */
export function placedView(store: ItemStore, record: PlacedRecord, calls: ItemCalls): PlacedView {
  const { relativeTo, x, y } = viewPosition(store, record);
  return {
    id: record.id,
    parentId: record.parentId,
    x,
    y,
    width: record.width,
    height: record.height,
    origin: "center",
    relativeTo,
    ...metadataCalls(record.id, calls),
  };
}
