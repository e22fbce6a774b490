import type { BoardItem } from "../../core/board/board-item";
import type { ItemKind } from "../../core/model/note";
import { hexOfFills } from "./figjam-fills";
import type { FigmaSceneNode } from "./figma-api";
import { centreOf, sectionOf } from "./node-geometry";
import { markOf } from "./node-mark";

/** The node types a read looks for; groups are not items, their contents are. */
export const READ_TYPES = [
  "STICKY",
  "SECTION",
  "SHAPE_WITH_TEXT",
  "TEXT",
  "TABLE",
  "CONNECTOR",
  "STAMP",
  "LINE",
] as const satisfies readonly FigmaSceneNode["type"][];

/** The port's kinds of FigJam's types, as the Figma REST reader has them; the rest is `other`. */
const KINDS: Partial<Record<FigmaSceneNode["type"], ItemKind>> = {
  STICKY: "sticky",
  SHAPE_WITH_TEXT: "shape",
  TEXT: "text",
  SECTION: "frame",
  CONNECTOR: "connector",
  LINE: "shape",
};

/**
 * A node as the port's plain record, read as the Figma REST reader reads the same node of a file:
 * its type as `platformType`, a section's or a stamp's name as its text (`Thumbs up`), a shape's
 * `shapeType` lower-cased as its outline, a LINE as a shape of outline `line` as thick as its
 * stroke, a fill as `#RRGGBB`, its centre on the page from its page box, the section it sits in
 * (groups are not containers), and the app's mark. A text node's fills colour its letters, not a
 * background: it has no fill.
 */
export function boardItemOfNode(node: FigmaSceneNode): BoardItem {
  const centre = centreOf(node);
  const record: BoardItem = {
    id: node.id,
    kind: KINDS[node.type] ?? "other",
    platformType: node.type,
    text: textOf(node),
    fill: fillOf(node),
    x: centre.x,
    y: centre.y,
    width: node.width,
    height: node.height,
    rotation: 0,
    parentId: sectionOf(node),
    mark: markOf(node),
  };
  if (node.type === "SHAPE_WITH_TEXT") record.shape = node.shapeType.toLowerCase();
  if (node.type === "LINE") {
    record.shape = "line";
    // A line's layer has no thickness across it: its stroke gives it one.
    const weight = typeof node.strokeWeight === "number" ? node.strokeWeight : 0;
    const box = node.absoluteBoundingBox;
    record.width = Math.max(box?.width ?? node.width, weight);
    record.height = Math.max(box?.height ?? node.height, weight);
  }
  if (node.type === "CONNECTOR") {
    const from = endOf(node.connectorStart);
    const to = endOf(node.connectorEnd);
    if (from && to) record.ends = { from, to };
  }
  return record;
}

function textOf(node: FigmaSceneNode): string {
  switch (node.type) {
    case "STICKY":
    case "SHAPE_WITH_TEXT":
      return node.text.characters;
    case "TEXT":
      return node.characters;
    case "SECTION":
    case "STAMP":
      return node.name;
    default:
      return "";
  }
}

function fillOf(node: FigmaSceneNode): string | null {
  switch (node.type) {
    case "STICKY":
    case "SHAPE_WITH_TEXT":
    case "SECTION":
      return hexOfFills(node.fills);
    default:
      return null;
  }
}

function endOf(end: object): string | null {
  return "endpointNodeId" in end && typeof end.endpointNodeId === "string" && end.endpointNodeId
    ? end.endpointNodeId
    : null;
}
