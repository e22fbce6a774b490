import type { CardProps, FrameProps, ShapeProps, StickyNoteProps, TextProps } from "../miro-api";
import { invalidError } from "./miro-errors";
import type { CardRecord, FrameRecord, ShapeRecord, StickyRecord, TextRecord } from "./miro-record";
import { checkDate, checkStickyFill, frameSize, MIN_FRAME, positive } from "./prop-checks";
import { stickySize } from "./sticky-size";
import { textSize } from "./text-size";

/** What every created record starts as: the app's, on the open board, with no metadata. */
const created = { parentId: null, metadata: {}, origin: "app" } as const;
const TEXT_COLOUR = "#1a1a1a";

/** The centre asked for, checked; Miro puts an item without one at the board's centre. */
function centre(props: { x?: number; y?: number; parentId?: unknown }): { x: number; y: number } {
  // The props type lists parentId (it is the item's), but a new item goes into a frame by
  // frame.add, not by create: the emulator refuses it rather than guess Miro's answer.
  if (props.parentId !== undefined && props.parentId !== null) {
    throw invalidError(
      "parentId cannot be set on create: add the item to its frame with frame.add",
    );
  }
  const x = props.x ?? 0;
  const y = props.y ?? 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw invalidError("x and y must be numbers");
  return { x, y };
}

/** A sticky note as `createStickyNote` makes it: one of the 16 fills, width or height. */
export function stickyFromProps(id: string, props: StickyNoteProps): StickyRecord {
  const fillColor = props.style?.fillColor ?? "light_yellow";
  checkStickyFill(fillColor);
  const shape = props.shape ?? "square";
  return {
    id,
    type: "sticky_note",
    ...centre(props),
    ...stickySize(shape, props.width, props.height),
    content: props.content ?? "",
    shape,
    style: {
      fillColor,
      textAlign: props.style?.textAlign ?? "center",
      textAlignVertical: props.style?.textAlignVertical ?? "middle",
    },
    tagIds: [...(props.tagIds ?? [])],
    ...created,
  };
}

/** A shape as `createShape` makes it: 100 x 100 and transparent unless told. */
export function shapeFromProps(id: string, props: ShapeProps): ShapeRecord {
  const style = props.style ?? {};
  return {
    id,
    type: "shape",
    ...centre(props),
    width: positive("width", props.width, 100),
    height: positive("height", props.height, 100),
    rotation: props.rotation ?? 0,
    content: props.content ?? "",
    shape: props.shape ?? "rectangle",
    style: {
      color: style.color ?? TEXT_COLOUR,
      fillColor: style.fillColor ?? "transparent",
      fillOpacity: style.fillOpacity ?? 1,
      fontFamily: style.fontFamily ?? "open_sans",
      fontSize: positive("fontSize", style.fontSize, 14),
      textAlign: style.textAlign ?? "center",
      textAlignVertical: style.textAlignVertical ?? "middle",
      borderStyle: style.borderStyle ?? "normal",
      borderOpacity: style.borderOpacity ?? 1,
      borderColor: style.borderColor ?? TEXT_COLOUR,
      borderWidth: style.borderWidth ?? 2,
    },
    ...created,
  };
}

/** A text item as `createText` makes it: its height is Miro's to work out, never the app's. */
export function textFromProps(id: string, props: TextProps): TextRecord {
  if (props.height !== undefined) {
    throw invalidError("A text item's height is read-only: set its width only");
  }
  const style = props.style ?? {};
  const fontSize = positive("fontSize", style.fontSize, 14);
  const content = props.content ?? "";
  const width = props.width === undefined ? undefined : positive("width", props.width, 0);
  return {
    id,
    type: "text",
    ...centre(props),
    ...textSize(content, fontSize, width),
    rotation: props.rotation ?? 0,
    content,
    style: {
      color: style.color ?? TEXT_COLOUR,
      fillColor: style.fillColor ?? "transparent",
      fillOpacity: style.fillOpacity ?? 1,
      fontFamily: style.fontFamily ?? "open_sans",
      fontSize,
      textAlign: style.textAlign ?? "left",
    },
    ...created,
  };
}

/** A card as `createCard` makes it: 320 wide, its height Miro's; a due date as YYYY-MM-DD. */
export function cardFromProps(id: string, props: CardProps): CardRecord {
  if (props.height !== undefined) throw invalidError("A card's height is read-only");
  checkDate("dueDate", props.dueDate);
  checkDate("startDate", props.startDate);
  const userId = props.assignee?.userId;
  return {
    id,
    type: "card",
    ...centre(props),
    width: positive("width", props.width, 320),
    height: 94,
    rotation: props.rotation ?? 0,
    title: props.title ?? "",
    description: props.description ?? "",
    dueDate: props.dueDate,
    startDate: props.startDate,
    assignee: userId === undefined ? undefined : { userId },
    taskStatus: props.taskStatus ?? "none",
    tagIds: [...(props.tagIds ?? [])],
    style: { ...props.style },
    ...created,
  };
}

/** A frame as `createFrame` makes it: at least 100 x 100, white, empty. */
export function frameFromProps(id: string, props: FrameProps): FrameRecord {
  return {
    id,
    type: "frame",
    ...centre(props),
    ...frameSize(props.width ?? MIN_FRAME, props.height ?? MIN_FRAME),
    title: props.title ?? "",
    style: { fillColor: props.style?.fillColor ?? "#ffffff" },
    // Children join by frame.add; a `childrenIds` prop is not read, as `parentId` is not.
    childrenIds: [],
    ...created,
  };
}
