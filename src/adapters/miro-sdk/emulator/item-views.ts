import type { MiroConnector, MiroFrame, MiroImage, MiroItem, MiroTag } from "../miro-api";
import { cardView, shapeView, stickyView, textView } from "./content-views";
import type { ItemCalls } from "./item-calls";
import type { ItemStore } from "./item-store";
import type {
  ConnectorRecord,
  FrameRecord,
  MiroRecord,
  PlacedRecord,
  TagRecord,
} from "./miro-record";
import { metadataCalls, type PlacedView, placedView } from "./view-parts";

/** A connector's view: it has no place of its own, only its two ends. */
export function connectorView(record: ConnectorRecord, calls: ItemCalls): MiroConnector {
  const view: MiroConnector = {
    id: record.id,
    parentId: record.parentId,
    ...metadataCalls(record.id, calls),
    type: "connector",
    start: structuredClone(record.start),
    end: structuredClone(record.end),
    style: { ...record.style },
    shape: record.shape,
    sync: () =>
      calls.sync(record.id, {
        type: "connector",
        start: structuredClone(view.start),
        end: structuredClone(view.end),
        style: { ...view.style },
        shape: view.shape,
      }),
  };
  return view;
}

/** A frame's view: `add` and `remove` take items in and out of it where they stand. */
export function frameView(base: PlacedView, record: FrameRecord, calls: ItemCalls): MiroFrame {
  const view: MiroFrame & PlacedView = {
    ...base,
    type: "frame",
    title: record.title,
    style: { ...record.style },
    childrenIds: [...record.childrenIds],
    sync: () =>
      calls.sync(record.id, {
        type: "frame",
        x: view.x,
        y: view.y,
        width: view.width,
        height: view.height,
        title: view.title,
        style: { ...view.style },
      }),
    add: (item) => calls.frameAdd(record.id, item),
    remove: (item) => calls.frameRemove(record.id, item),
  };
  return view;
}

function tagView(record: TagRecord, calls: ItemCalls): MiroTag {
  const view: MiroTag & { sync(): Promise<void> } = {
    id: record.id,
    type: "tag",
    title: record.title,
    color: record.color,
    sync: () => calls.sync(record.id, { type: "tag", title: view.title, color: view.color }),
  };
  return view;
}

function placedItemView(base: PlacedView, record: PlacedRecord, calls: ItemCalls): MiroItem {
  switch (record.type) {
    case "sticky_note":
      return stickyView(base, record, calls);
    case "card":
      return cardView(base, record, calls);
    case "shape":
      return shapeView(base, record, calls);
    case "text":
      return textView(base, record, calls);
    case "frame":
      return frameView(base, record, calls);
    case "image": {
      const view: MiroImage & PlacedView & { url: string } = {
        ...base,
        type: "image",
        rotation: record.rotation,
        title: record.title,
        url: record.url,
        sync: () =>
          calls.sync(record.id, {
            type: "image",
            x: view.x,
            y: view.y,
            width: view.width,
            height: view.height,
            rotation: view.rotation,
            title: view.title,
            url: view.url,
          }),
      };
      return view;
    }
    case "unsupported": {
      const view = {
        ...base,
        type: record.sdkType,
        sync: () => calls.sync(record.id, { type: "unsupported", x: view.x, y: view.y }),
      };
      return view;
    }
  }
}

/**
 * A fresh view of a stored item, as `board.get` and its kin hand out: a copy the app may change
 * freely, whose `sync()` sends its writable fields back. Positions are as the SDK gives them: a
 * frame child's centre relative to the frame's top-left corner, anything else's on the board.
 */
export function viewOf(store: ItemStore, record: MiroRecord, calls: ItemCalls): MiroItem {
  if (record.type === "tag") return tagView(record, calls);
  if (record.type === "connector") return connectorView(record, calls);
  return placedItemView(placedView(store, record, calls), record, calls);
}
