import type { BoardItem } from "../../../core/board/board-item";
import { MIRO_COLOUR_NAMES, platformName } from "../../../core/colour/named-colour";
import { nearestColour } from "../../../core/colour/nearest-colour";
import { textToHtml } from "../../../core/text/html-to-text";
import { jsonValue } from "./json-value";
import type { ItemRecord, ShapeRecord } from "./miro-record";

type StickyFill = (typeof MIRO_COLOUR_NAMES)[number];
const FILLS: readonly string[] = MIRO_COLOUR_NAMES;
/** A sticky wider than this (width over height) is a rectangle one; a square one is 0.87. */
const RECTANGLE_RATIO = 1.2;

function isStickyFill(fill: string): fill is StickyFill {
  return FILLS.includes(fill);
}

/** A record's fill as a sticky's: its Miro name, or the name nearest a CSS colour. */
function stickyFill(fill: string | null): StickyFill {
  if (fill !== null && isStickyFill(fill)) return fill;
  const match = fill === null ? null : nearestColour(fill, "miro");
  const name = match ? platformName(match.colour) : "light_yellow";
  return isStickyFill(name) ? name : "light_yellow";
}

/** The SDK's text style of a record's style, over the defaults. */
function textStyle(item: BoardItem, textAlign: "left" | "center") {
  return {
    color: "#1a1a1a",
    fillColor: item.fill ?? "transparent",
    fillOpacity: 1,
    fontFamily: "open_sans" as const,
    fontSize: item.style?.fontSize ?? 14,
    textAlign: item.style?.textAlign ?? textAlign,
  };
}

/**
 * A plain board record (board coordinates of its centre, a Miro colour name or a CSS fill) as
 * the emulator stores it, as a person made it: content as HTML, a sticky's fill one of Miro's 16
 * names. A record with a mark is an item the app made on an earlier run: the mark becomes its
 * metadata under `markKey`. The frame it names is set by the caller, once every record is in.
 */
export function recordOfItem(item: BoardItem, markKey: string): ItemRecord {
  const kept = {
    parentId: null,
    metadata: item.mark ? { [markKey]: jsonValue(item.mark) } : {},
    origin: item.mark ? ("app" as const) : ("user" as const),
  };
  const { id, x, y, width, height, rotation } = item;
  const content = textToHtml(item.text);
  switch (item.kind) {
    case "sticky": {
      const shape = width / height > RECTANGLE_RATIO ? "rectangle" : "square";
      const style = {
        fillColor: stickyFill(item.fill),
        textAlign: "center",
        textAlignVertical: "middle",
      } as const;
      return {
        id,
        type: "sticky_note",
        x,
        y,
        width,
        height,
        content,
        shape,
        style,
        tagIds: [],
        ...kept,
      };
    }
    case "card":
      return {
        id,
        type: "card",
        x,
        y,
        width,
        height,
        rotation,
        title: content,
        description: "",
        dueDate: item.due ?? undefined,
        taskStatus: item.status ?? "none",
        tagIds: [],
        style: item.fill ? { cardTheme: item.fill } : {},
        ...kept,
      };
    case "shape":
      return {
        id,
        type: "shape",
        x,
        y,
        width,
        height,
        rotation,
        content,
        // Miro's items have no line: a drawn line is the thin rectangle Miro boards rule with.
        shape: (item.shape && item.shape !== "line"
          ? item.shape
          : "rectangle") as ShapeRecord["shape"],
        style: {
          ...textStyle(item, "center"),
          textAlignVertical: "middle",
          borderStyle: "normal",
          borderOpacity: 1,
          borderColor: "#1a1a1a",
          borderWidth: 2,
        },
        ...kept,
      };
    case "text":
      return {
        id,
        type: "text",
        x,
        y,
        width,
        height,
        rotation,
        content,
        style: textStyle(item, "left"),
        ...kept,
      };
    case "frame":
      return {
        id,
        type: "frame",
        x,
        y,
        width,
        height,
        title: item.text,
        style: { fillColor: item.fill ?? "#ffffff" },
        childrenIds: [],
        ...kept,
      };
    case "connector": {
      const end = (at: string | undefined) =>
        at === undefined ? { position: { x, y } } : { item: at };
      return {
        id,
        type: "connector",
        start: end(item.ends?.from),
        end: end(item.ends?.to),
        shape: "curved",
        style: {},
        ...kept,
      };
    }
    case "other":
      return item.platformType === "image"
        ? { id, type: "image", x, y, width, height, rotation, title: item.text, url: "", ...kept }
        : {
            id,
            type: "unsupported",
            sdkType: item.platformType || "unsupported",
            x,
            y,
            width,
            height,
            ...kept,
          };
  }
}
