import type {
  AppData,
  Card,
  Connector,
  Frame,
  Image,
  Shape,
  StickyNote,
  Tag,
  Text,
} from "@mirohq/websdk-types";

/** Who put an item on the board: the app (through `board.create*`) or a person. */
export type ItemOrigin = "app" | "user";

/** The SDK class's own fields, writable: the emulator's store changes them in place. */
type Fields<T, K extends keyof T> = { -readonly [P in K]: T[P] };

/** What the emulator keeps beside the SDK's fields of every item but tags. */
interface Kept {
  /**
   * The frame holding the item, or null. Unlike the SDK's views, a record's x and y are always
   * board coordinates of the centre, whatever holds it.
   */
  parentId: string | null;
  /** This app's metadata on the item; {} for none. */
  metadata: AppData;
  origin: ItemOrigin;
}

/** A sticky note as stored. */
export type StickyRecord = Fields<
  StickyNote,
  "id" | "type" | "x" | "y" | "width" | "height" | "content" | "shape" | "style" | "tagIds"
> &
  Kept;
/** A card as stored, its start date too (the views leave it out). */
export type CardRecord = Fields<
  Card,
  | "id"
  | "type"
  | "x"
  | "y"
  | "width"
  | "height"
  | "rotation"
  | "title"
  | "description"
  | "dueDate"
  | "startDate"
  | "assignee"
  | "taskStatus"
  | "tagIds"
  | "style"
> &
  Kept;
/** A shape as stored. */
export type ShapeRecord = Fields<
  Shape,
  "id" | "type" | "x" | "y" | "width" | "height" | "rotation" | "content" | "shape" | "style"
> &
  Kept;
/** A text item as stored; its height is worked out from its content and width. */
export type TextRecord = Fields<
  Text,
  "id" | "type" | "x" | "y" | "width" | "height" | "rotation" | "content" | "style"
> &
  Kept;
/** A frame as stored, with the ids of what it holds. */
export type FrameRecord = Fields<
  Frame,
  "id" | "type" | "x" | "y" | "width" | "height" | "title" | "style" | "childrenIds"
> &
  Kept;
/** An image as stored (people put them on the board; the app does not). */
export type ImageRecord = Fields<
  Image,
  "id" | "type" | "x" | "y" | "width" | "height" | "rotation" | "title" | "url"
> &
  Kept;
/**
 * An item the SDK does not support (a table, a mind map...): it can only be read and moved. Its
 * views give `sdkType` as their type.
 */
export interface UnsupportedRecord extends Kept {
  id: string;
  type: "unsupported";
  sdkType: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
/** A connector has no position of its own: its ends say where it is. */
export type ConnectorRecord = Fields<
  Connector,
  "id" | "type" | "start" | "end" | "style" | "shape"
> &
  Kept;
/** A tag is board-wide: no position, no frame, no metadata. */
export type TagRecord = Fields<Tag, "id" | "type" | "title" | "color"> & { origin: ItemOrigin };

/** An item with a place and a size on the board. */
export type PlacedRecord =
  | StickyRecord
  | CardRecord
  | ShapeRecord
  | TextRecord
  | FrameRecord
  | ImageRecord
  | UnsupportedRecord;

/** Anything that can sit on the board and carry metadata. */
export type ItemRecord = PlacedRecord | ConnectorRecord;

/** Every item the emulator stores, shaped as the SDK shapes it. */
export type MiroRecord = ItemRecord | TagRecord;

/** Whether a record is the app's: made through `board.create*`, or carrying its metadata. */
export function isAppItem(record: MiroRecord): boolean {
  return (
    record.origin === "app" || ("metadata" in record && Object.keys(record.metadata).length > 0)
  );
}

/** Whether a record has a place on the board (connectors and tags have none). */
export function isPlaced(record: MiroRecord): record is PlacedRecord {
  return record.type !== "connector" && record.type !== "tag";
}
