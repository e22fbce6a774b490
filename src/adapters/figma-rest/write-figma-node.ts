import { modeRgb, useMode } from "culori/fn";
import { type BoardItem, rectOf } from "../../core/board/board-item";
import type { FigmaNode } from "./figma-rest-schema";
import { MARK_KEY, MARK_NAMESPACE } from "./figma-rest-schema";
import type { Box, CellNodeParts } from "./write-figma-table";

/**
 * One item as the FigJam node of `type` a REST file holds, with the layer fields the API returns
 * (blend mode, render bounds, effects) as a real export has them; `ids` are the written nodes'
 * ids, for a connector's ends.
 */
export function nodeOf(
  item: BoardItem,
  id: string,
  type: string,
  ids: ReadonlyMap<string, string>,
): FigmaNode {
  const box: Box = rectOf(item);
  const paints = item.fill ? [solid(item.fill)] : [];
  const common = {
    id,
    name: type === "SECTION" || type === "STAMP" ? item.text : item.text.split("\n")[0] || type,
    type,
    scrollBehavior: "SCROLLS",
    blendMode: "PASS_THROUGH",
    absoluteBoundingBox: box,
    absoluteRenderBounds: box,
    effects: [],
    ...(item.mark
      ? { sharedPluginData: { [MARK_NAMESPACE]: { [MARK_KEY]: JSON.stringify(item.mark) } } }
      : {}),
  };
  switch (type) {
    case "SECTION":
      return { ...common, fills: paints, children: [] };
    case "TABLE":
      return { ...common, name: "Table", strokes: [], children: [] };
    case "STAMP":
      return { ...common, fills: paints };
    case "LINE":
    case "VECTOR":
      return { ...common, ...thinLine(box), fills: [], strokes: paints };
    case "WASHI_TAPE":
      return { ...common, fills: paints };
    case "SHAPE_WITH_TEXT":
      return {
        ...common,
        characters: item.text,
        fills: paints,
        shapeType: (item.shape ?? "square").toUpperCase(),
      };
    case "STICKY":
      return { ...common, characters: item.text, fills: paints, authorVisible: true };
    case "CONNECTOR":
      return {
        ...common,
        characters: item.text,
        fills: paints,
        ...(item.ends
          ? {
              connectorStart: {
                endpointNodeId: ids.get(item.ends.from) ?? item.ends.from,
                magnet: "AUTO",
              },
              connectorEnd: {
                endpointNodeId: ids.get(item.ends.to) ?? item.ends.to,
                magnet: "AUTO",
              },
              connectorLineType: "ELBOWED",
            }
          : {}),
      };
    default:
      return { ...common, characters: item.text, fills: paints };
  }
}

/**
 * A drawn line's layer box has no thickness across the line (a LINE node is `length x 0`); the
 * stroke gives it one, which the render bounds include.
 */
function thinLine(box: Box) {
  const across = box.width >= box.height ? "height" : "width";
  const thickness = box[across];
  const centre = across === "height" ? { y: box.y + box.height / 2 } : { x: box.x + box.width / 2 };
  return {
    absoluteBoundingBox: { ...box, ...centre, [across]: 0 },
    strokeWeight: thickness,
    strokeAlign: "CENTER",
  };
}

/** A table cell's node, the board's or an empty one. */
export function cellNode(parts: CellNodeParts): FigmaNode {
  return {
    id: parts.id,
    name: parts.text.split("\n")[0] || "Cell",
    type: "TABLE_CELL",
    scrollBehavior: "SCROLLS",
    characters: parts.text,
    fills: parts.fill ? [solid(parts.fill)] : [],
    absoluteBoundingBox: parts.box,
    absoluteRenderBounds: parts.box,
  };
}

const toRgb = useMode(modeRgb);

function solid(css: string) {
  const colour = toRgb(css);
  return {
    blendMode: "NORMAL",
    type: "SOLID",
    color: { r: colour?.r ?? 1, g: colour?.g ?? 1, b: colour?.b ?? 1, a: 1 },
  };
}
