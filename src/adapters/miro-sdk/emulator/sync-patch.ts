import type {
  CardRecord,
  ConnectorRecord,
  FrameRecord,
  ImageRecord,
  ShapeRecord,
  StickyRecord,
  TagRecord,
  TextRecord,
  UnsupportedRecord,
} from "./miro-record";

/**
 * What `item.sync()` sends: the view's writable fields (those the SDK's classes do not mark
 * read-only), copied when the call is made. Positions are the view's: a frame child's are
 * relative to the frame's top-left corner.
 */
export type SyncPatch =
  | Pick<
      StickyRecord,
      "type" | "x" | "y" | "width" | "height" | "shape" | "content" | "style" | "tagIds"
    >
  | Pick<
      CardRecord,
      | "type"
      | "x"
      | "y"
      | "width"
      | "rotation"
      | "title"
      | "description"
      | "style"
      | "dueDate"
      | "startDate"
      | "assignee"
      | "taskStatus"
      | "tagIds"
    >
  | Pick<ShapeRecord, "type" | "x" | "y" | "rotation" | "content" | "shape" | "style">
  | Pick<TextRecord, "type" | "x" | "y" | "width" | "rotation" | "content" | "style">
  | Pick<FrameRecord, "type" | "x" | "y" | "width" | "height" | "title" | "style">
  | Pick<ImageRecord, "type" | "x" | "y" | "width" | "height" | "rotation" | "title" | "url">
  | Pick<UnsupportedRecord, "type" | "x" | "y">
  | Pick<ConnectorRecord, "type" | "start" | "end" | "style" | "shape">
  | Pick<TagRecord, "type" | "title" | "color">;
