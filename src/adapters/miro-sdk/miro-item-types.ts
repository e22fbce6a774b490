import {
  MIRO_READ_TYPES,
  type MiroAppCard,
  type MiroCard,
  type MiroConnector,
  type MiroFrame,
  type MiroImage,
  type MiroItem,
  type MiroShape,
  type MiroStickyNote,
  type MiroTag,
  type MiroText,
} from "./miro-api";

/** An item the adapter reads: it sits on the board, in a frame or not, and carries metadata. */
export type MiroBoardItem =
  | MiroStickyNote
  | MiroCard
  | MiroAppCard
  | MiroShape
  | MiroText
  | MiroImage
  | MiroConnector
  | MiroFrame;

/** An item with a place and a size of its own (all but connectors). */
export type MiroPlacedItem = Exclude<MiroBoardItem, MiroConnector>;

const READ_TYPES = new Set<string>(MIRO_READ_TYPES);

/*
 * The SDK's views are told apart by `type`; an item of a type the SDK does not model has a
 * `type` string too, so each guard says what the type name promises.
 */

/** Whether the item is one the adapter reads (a note, card, shape, text, frame, image, connector). */
export function isBoardItem(item: MiroItem): item is MiroBoardItem {
  return READ_TYPES.has(item.type);
}
export const isSticky = (item: MiroItem): item is MiroStickyNote => item.type === "sticky_note";
export const isCard = (item: MiroItem): item is MiroCard => item.type === "card";
export const isAppCard = (item: MiroItem): item is MiroAppCard => item.type === "app_card";
export const isShape = (item: MiroItem): item is MiroShape => item.type === "shape";
export const isText = (item: MiroItem): item is MiroText => item.type === "text";
export const isFrame = (item: MiroItem): item is MiroFrame => item.type === "frame";
export const isConnector = (item: MiroItem): item is MiroConnector => item.type === "connector";
export const isTag = (item: MiroItem): item is MiroTag => item.type === "tag";

/** Whether the item has a place and a size of its own. */
export function isPlaced(item: MiroItem): item is MiroPlacedItem {
  return isBoardItem(item) && !isConnector(item);
}
