import type {
  AppCard,
  AppDataValue,
  Card,
  Connector,
  Frame,
  Image,
  Miro,
  Shape,
  StickyNote,
  Tag,
  Text,
} from "@mirohq/websdk-types";

/** Miro's board client as the SDK script puts it on `miro.board`. */
type Board = Miro["board"];

/** What every item view has: its identity, its frame, and the calls on the item itself. */
type Common = "id" | "type" | "parentId" | "sync" | "getMetadata" | "setMetadata";
type Box = "x" | "y" | "width" | "height";

/*
 * The item views: each picks from the SDK's own class exactly the fields and calls the adapter
 * uses. A real item is one of these; the emulator builds the same shapes, so a field or a call the
 * adapter uses that the SDK does not have fails to compile on both sides.
 */
export type MiroStickyNote = Pick<
  StickyNote,
  Common | Box | "content" | "style" | "shape" | "tagIds"
>;
export type MiroCard = Pick<
  Card,
  | Common
  | Box
  | "rotation"
  | "title"
  | "description"
  | "dueDate"
  | "taskStatus"
  | "assignee"
  | "tagIds"
  | "style"
>;
export type MiroAppCard = Pick<AppCard, Common | Box | "rotation" | "title" | "description">;
export type MiroShape = Pick<Shape, Common | Box | "rotation" | "content" | "shape" | "style">;
export type MiroText = Pick<Text, Common | Box | "rotation" | "content" | "style">;
export type MiroImage = Pick<Image, Common | Box | "rotation" | "title">;
export type MiroConnector = Pick<Connector, Common | "start" | "end" | "style" | "shape">;
/**
 * A frame. `add` is declared as a method so the SDK's generic `add<T extends ContainableItem>`
 * fits it; the adapter only ever hands it items the board gave it.
 */
export type MiroFrame = Pick<Frame, Common | Box | "title" | "style" | "childrenIds"> & {
  add(item: MiroItem): Promise<unknown>;
  /** Takes the item out of the frame; it stays on the board where it is. */
  remove(item: MiroItem): Promise<void>;
};
/** A tag: the adapter keeps the titles of a note's tags. */
export type MiroTag = Pick<Tag, "id" | "type" | "title" | "color">;
/** Anything else on the board: groups, tags, embeds, items the SDK does not support. */
export interface MiroOtherItem {
  readonly id: string;
  readonly type: string;
}

export type MiroItem =
  | MiroStickyNote
  | MiroCard
  | MiroAppCard
  | MiroShape
  | MiroText
  | MiroImage
  | MiroConnector
  | MiroFrame
  | MiroTag
  | MiroOtherItem;

/** The item types the adapter reads. */
export const MIRO_READ_TYPES = [
  "sticky_note",
  "card",
  "app_card",
  "shape",
  "text",
  "frame",
  "image",
  "connector",
] as const;
export type MiroReadType = (typeof MIRO_READ_TYPES)[number];

/** The props each create call takes, exactly as the SDK declares them. */
export type StickyNoteProps = NonNullable<Parameters<Board["createStickyNote"]>[0]>;
export type ShapeProps = NonNullable<Parameters<Board["createShape"]>[0]>;
export type TextProps = NonNullable<Parameters<Board["createText"]>[0]>;
export type CardProps = NonNullable<Parameters<Board["createCard"]>[0]>;
export type FrameProps = NonNullable<Parameters<Board["createFrame"]>[0]>;
export type ConnectorProps = Parameters<Board["createConnector"]>[0];
export type MiroRect = Awaited<ReturnType<Board["findEmptySpace"]>>;
export type { AppDataValue };
export type SelectionHandler = (event: { items: MiroItem[] }) => void;

/**
 * The part of Miro's Web SDK the app uses: `miro.board` fits it (checked below), and so does
 * the emulator. Every call the adapter makes goes through this type, with the SDK's own
 * parameter types, so a call the real SDK would not take does not compile.
 */
export interface MiroBoardApi {
  get: (filter: { type: (MiroReadType | "tag")[] }) => Promise<MiroItem[]>;
  getById: (id: string) => Promise<MiroItem>;
  getSelection: () => Promise<MiroItem[]>;
  createStickyNote: (props: StickyNoteProps) => Promise<MiroStickyNote>;
  createShape: (props: ShapeProps) => Promise<MiroShape>;
  createText: (props: TextProps) => Promise<MiroText>;
  createCard: (props: CardProps) => Promise<MiroCard>;
  createFrame: (props: FrameProps) => Promise<MiroFrame>;
  createConnector: (props: ConnectorProps) => Promise<MiroConnector>;
  remove: (item: { id: string; type: string }) => Promise<void>;
  findEmptySpace: (dimensions: MiroRect & { offset?: number }) => Promise<MiroRect>;
  getAppData: (key: string) => Promise<AppDataValue>;
  setAppData: (key: string, value: AppDataValue) => Promise<unknown>;
  viewport: {
    zoomTo: (items: { id: string; type: string }[]) => Promise<void>;
    set: Board["viewport"]["set"];
  };
  ui: {
    on(event: "selection:update", handler: SelectionHandler): void;
    off(event: "selection:update", handler: SelectionHandler): void;
  };
}

/** Compile-time proof that the real SDK's board is a MiroBoardApi; never called. */
export function realBoardFits(board: Board): MiroBoardApi {
  return board;
}
