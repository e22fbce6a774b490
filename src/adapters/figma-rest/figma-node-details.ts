import type { BoardItem } from "../../core/board/board-item";
import { paintOk } from "./fast-figma-node";
import { LINE_LIKE, lineBoxOf } from "./figma-lines";
import { hexOfPaints } from "./figma-paints";
import type { FigmaNode } from "./figma-rest-schema";

type Box = { x: number; y: number; width: number; height: number };

/** The node types that say more than their box, text and fill. */
export const DETAILED = new Set([...LINE_LIKE, "SHAPE_WITH_TEXT", "CONNECTOR", "STAMP"]);

/** A drawn line's colour: its stroke's (strokes are not checked with the file, so here). */
function lineColour(node: FigmaNode): string | null {
  return Array.isArray(node.strokes) ? hexOfPaints(node.strokes.filter(paintOk)) : null;
}

/** The node a connector's end holds on to, where it holds on to one. */
function endOf(end: unknown): string | null {
  const id = (end as { endpointNodeId?: unknown } | null | undefined)?.endpointNodeId;
  return typeof id === "string" && id !== "" ? id : null;
}

/**
 * What the nodes of DETAILED types say beyond their box, text and fill, put on their item: a
 * shape's `shapeType` lower-cased (`chevron`), a connector's ends, a stamp's name as its text
 * (what it is: `Thumbs up`, `+1`), and a drawn line as a shape of outline `line` with its
 * thickness and its stroke's colour.
 */
export function addDetails(item: BoardItem, node: FigmaNode, box: Box): void {
  if (node.type === "SHAPE_WITH_TEXT") {
    if (typeof node.shapeType === "string") item.shape = node.shapeType.toLowerCase();
  } else if (node.type === "CONNECTOR") {
    const from = endOf(node.connectorStart);
    const to = endOf(node.connectorEnd);
    if (from && to) item.ends = { from, to };
  } else if (node.type === "STAMP") {
    item.text = node.name ?? "";
  } else {
    const line = lineBoxOf(node, box);
    if (!line) return;
    item.kind = "shape";
    item.shape = "line";
    item.x = line.x + line.width / 2;
    item.y = line.y + line.height / 2;
    item.width = line.width;
    item.height = line.height;
    item.fill ??= lineColour(node);
  }
}
