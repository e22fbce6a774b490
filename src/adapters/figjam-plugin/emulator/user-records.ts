/// <reference types="@figma/plugin-typings/plugin-api" />
import type { BoardItem } from "../../../core/board/board-item";
import type { FigmaOtherNode, FigmaShapeWithTextNode } from "../figma-api";
import type { MarkPlace } from "./board-state";
import type { SceneRecord, SharedData, TextRecord } from "./figjam-record";
import { paintsOf } from "./fills";
import {
  STICKY_FONT,
  STICKY_SIZE,
  TEXT_FONT,
  TEXT_FONT_SIZE,
  WIDE_STICKY_SIZE,
} from "./node-defaults";

/** The node types a person may put on the page that the adapter only reads. */
const OTHER_TYPES = [
  "FRAME",
  "RECTANGLE",
  "ELLIPSE",
  "VECTOR",
  "POLYGON",
  "STAR",
  "HIGHLIGHT",
  "WASHI_TAPE",
  "CODE_BLOCK",
  "WIDGET",
  "EMBED",
  "LINK_UNFURL",
  "MEDIA",
] as const satisfies readonly FigmaOtherNode["type"][];

const BY_KIND: Partial<Record<BoardItem["kind"], string>> = {
  sticky: "STICKY",
  shape: "SHAPE_WITH_TEXT",
  text: "TEXT",
  frame: "SECTION",
  connector: "CONNECTOR",
};

function otherType(type: string): FigmaOtherNode["type"] | undefined {
  return OTHER_TYPES.find((other) => other === type);
}

/** A table's cells from tab-separated rows, every row as long as the longest. */
function cellsOf(text: string): TextRecord[][] {
  const rows = text.split("\n").map((row) => row.split("\t"));
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) =>
    Array.from({ length: width }, (_, at) => ({
      characters: row[at] ?? "",
      fontName: { ...TEXT_FONT },
    })),
  );
}

/**
 * A person's node from a plain record, on the page for now: `x`/`y` hold its top-left corner on
 * the page until it is put in its container. The type comes from `platformType` when FigJam has
 * it (`STICKY`, `TABLE`, `STAMP`, `GROUP`, `FRAME`...), else from the kind; a table's text is its
 * cells, tab-separated rows. A record's mark becomes the app's shared plugin data.
 */
export function userRecord(item: BoardItem, pageId: string, mark: MarkPlace): SceneRecord {
  const shared: SharedData = item.mark
    ? { [mark.namespace]: { [mark.key]: JSON.stringify(item.mark) } }
    : {};
  const type = otherType(item.platformType) ?? item.platformType;
  const known = [
    "STICKY",
    "SHAPE_WITH_TEXT",
    "TEXT",
    "SECTION",
    "CONNECTOR",
    "TABLE",
    "STAMP",
    "LINE",
    "GROUP",
  ];
  const line = item.kind === "shape" && item.shape === "line" && !otherType(type);
  const chosen = line
    ? "LINE"
    : known.includes(type) || otherType(type)
      ? type
      : BY_KIND[item.kind];
  const wide = item.width > (STICKY_SIZE.width + WIDE_STICKY_SIZE.width) / 2;
  const size =
    chosen === "STICKY"
      ? wide
        ? WIDE_STICKY_SIZE
        : STICKY_SIZE
      : { width: Math.max(0.01, item.width), height: Math.max(0.01, item.height) };
  const base = {
    id: item.id,
    name: "",
    parentId: pageId,
    shared,
    origin: "user" as const,
    x: item.x - size.width / 2,
    y: item.y - size.height / 2,
    ...size,
  };
  const fills = paintsOf(item.fill, item.kind);
  const text = (fontName: FontName) => ({ characters: item.text, fontName: { ...fontName } });
  switch (chosen) {
    case "STICKY":
      return { ...base, type: "STICKY", text: text(STICKY_FONT), fills, isWideWidth: wide };
    case "SHAPE_WITH_TEXT":
      return {
        ...base,
        type: "SHAPE_WITH_TEXT",
        text: text(STICKY_FONT),
        fills,
        shapeType: (item.shape?.toUpperCase() ?? "SQUARE") as FigmaShapeWithTextNode["shapeType"],
      };
    case "TEXT": {
      const fontSize = item.style?.fontSize ?? TEXT_FONT_SIZE;
      return {
        ...base,
        type: "TEXT",
        text: text(TEXT_FONT),
        fontSize,
        fills,
        textAutoResize: "NONE",
      };
    }
    case "SECTION":
      return { ...base, type: "SECTION", name: item.text, children: [], fills };
    case "TABLE":
      return { ...base, type: "TABLE", cells: cellsOf(item.text) };
    case "STAMP":
      return { ...base, type: "STAMP", name: item.text };
    case "LINE": {
      // A line's layer has no thickness across it; its stroke's weight is the record's.
      const along = item.width >= item.height;
      const weight = along ? item.height : item.width;
      return {
        ...base,
        type: "LINE",
        strokeWeight: weight,
        x: along ? base.x : item.x,
        y: along ? item.y : base.y,
        width: along ? base.width : 0,
        height: along ? 0 : base.height,
      };
    }
    case "GROUP":
      return {
        id: item.id,
        name: item.text,
        parentId: pageId,
        shared,
        origin: "user",
        type: "GROUP",
        children: [],
      };
    case "CONNECTOR": {
      const { x, y, width, height, ...rest } = base;
      const from = { x, y: y + height / 2 };
      return {
        ...rest,
        type: "CONNECTOR",
        connectorStart: item.ends
          ? { endpointNodeId: item.ends.from, magnet: "AUTO" }
          : { position: from },
        connectorEnd: item.ends
          ? { endpointNodeId: item.ends.to, magnet: "AUTO" }
          : { position: { x: x + width, y: from.y } },
        connectorLineType: "ELBOWED",
        connectorStartStrokeCap: "NONE",
        connectorEndStrokeCap: "ARROW_LINES",
        strokes: fills,
        strokeWeight: 4,
      };
    }
    default: {
      const other = chosen && otherType(chosen);
      if (!other)
        throw new Error(`FigJam has no node for ${item.kind} ${item.platformType} (${item.id})`);
      return { ...base, type: other, ...(other === "FRAME" ? { children: [] } : {}) };
    }
  }
}
