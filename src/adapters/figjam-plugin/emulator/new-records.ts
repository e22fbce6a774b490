/// <reference types="@figma/plugin-typings/plugin-api" />
import type {
  ConnectorRecord,
  NodeOrigin,
  SectionRecord,
  ShapeRecord,
  StickyRecord,
  TextNodeRecord,
} from "./figjam-record";
import {
  SECTION_SIZE,
  SHAPE_FILL,
  SHAPE_SIZE,
  STICKY_FILL,
  STICKY_FONT,
  STICKY_SIZE,
  solidPaint,
  TEXT_FILL,
  TEXT_FONT,
  TEXT_FONT_SIZE,
} from "./node-defaults";
import { fitText } from "./text-metrics";

/** Where a new node goes and who made it: FigJam puts a created node on the page at (0, 0). */
export interface Placement {
  id: string;
  parentId: string;
  origin: NodeOrigin;
}

const at = (place: Placement) => ({ ...place, x: 0, y: 0, shared: {} });

/** A new sticky: square, gray, empty, in Inter Medium. */
export function newSticky(place: Placement): StickyRecord {
  return {
    ...at(place),
    type: "STICKY",
    name: "",
    ...STICKY_SIZE,
    text: { characters: "", fontName: { ...STICKY_FONT } },
    fills: [solidPaint(STICKY_FILL)],
    isWideWidth: false,
  };
}

/** A new shape with text: a white square, 208 x 208. */
export function newShape(place: Placement): ShapeRecord {
  return {
    ...at(place),
    type: "SHAPE_WITH_TEXT",
    name: "",
    ...SHAPE_SIZE,
    text: { characters: "", fontName: { ...STICKY_FONT } },
    fills: [solidPaint(SHAPE_FILL)],
    shapeType: "SQUARE",
  };
}

/** A new text node: empty, Inter Regular 12, fitted to its text. */
export function newText(place: Placement): TextNodeRecord {
  const record: TextNodeRecord = {
    ...at(place),
    type: "TEXT",
    name: "",
    width: 0,
    height: 0,
    text: { characters: "", fontName: { ...TEXT_FONT } },
    fontSize: TEXT_FONT_SIZE,
    fills: [solidPaint(TEXT_FILL)],
    textAutoResize: "WIDTH_AND_HEIGHT",
  };
  fitText(record);
  return record;
}

/** A new section: empty, white. */
export function newSection(place: Placement): SectionRecord {
  return {
    ...at(place),
    type: "SECTION",
    name: "Section",
    ...SECTION_SIZE,
    children: [],
    fills: [solidPaint(SHAPE_FILL)],
  };
}

/** A new connector: a straight 200-wide line from (0, 0), its ends on no node. */
export function newConnector(place: Placement): ConnectorRecord {
  const { x, y, ...rest } = at(place);
  return {
    ...rest,
    type: "CONNECTOR",
    name: "",
    connectorStart: { position: { x, y } },
    connectorEnd: { position: { x: x + 200, y } },
    connectorLineType: "ELBOWED",
    connectorStartStrokeCap: "NONE",
    connectorEndStrokeCap: "ARROW_LINES",
    strokes: [solidPaint("#757575")],
    strokeWeight: 4,
  };
}
