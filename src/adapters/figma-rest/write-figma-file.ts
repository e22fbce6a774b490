import type { BoardItem } from "../../core/board/board-item";
import type { FigmaFile, FigmaNode } from "./figma-rest-schema";
import { cellNode, nodeOf } from "./write-figma-node";
import { tableChildren } from "./write-figma-table";

/** Drawn lines a file may hold: a LINE is FigJam's own; marker strokes and tape come as such. */
const LINE_TYPES = new Set(["LINE", "VECTOR", "WASHI_TAPE"]);

/**
 * The FigJam node type an item is written as, or null for what a FigJam file cannot hold (a
 * Miro card, an image). A shape whose outline is `line` is a LINE (or the marker stroke or washi
 * tape it was read from); a text item with a cell of a table that is written is that cell.
 */
function typeOf(item: BoardItem, tableIds: ReadonlySet<string>): string | null {
  switch (item.kind) {
    case "sticky":
      return "STICKY";
    case "shape":
      if (item.shape !== "line") return "SHAPE_WITH_TEXT";
      return LINE_TYPES.has(item.platformType) ? item.platformType : "LINE";
    case "text":
      return item.cell && tableIds.has(item.cell.tableId) ? "TABLE_CELL" : "TEXT";
    case "frame":
      return "SECTION";
    case "connector":
      return "CONNECTOR";
    case "other":
      return item.platformType === "TABLE" || item.platformType === "STAMP"
        ? item.platformType
        : null;
    default:
      return null;
  }
}

/**
 * Writes board items as a FigJam file in the shape of Figma's REST API (`GET /v1/files/:key`): one
 * page, sections holding what sits in them, fills as 0..1 RGB, and the app's marks as shared plugin
 * data, as the REST API returns them with `plugin_data=shared`. Nodes carry the layer fields the
 * API returns (blend mode, render bounds, effects), as a real export does. A table holds its cells,
 * every row and column of them, row by row; a shape has its `shapeType`; a stamp is named after
 * what it is (`Thumbs up`); a line's box is as thin as the line, its thickness its stroke weight; a
 * connector holds on to the nodes at its ends. Ids become Figma-like (`1:23`) unless `keepIds` is
 * set.
 */
export function writeFigmaFile(
  items: readonly BoardItem[],
  name: string,
  options: { keepIds?: boolean } = {},
): FigmaFile {
  const tableIds = new Set(
    items.filter((item) => typeOf(item, new Set()) === "TABLE").map((item) => item.id),
  );
  const written = items.filter((item) => typeOf(item, tableIds) !== null);
  const figmaId = (index: number) => `${Math.floor(index / 1000) + 1}:${(index % 1000) + 1}`;
  const ids = new Map(
    written.map((item, index) => [item.id, options.keepIds ? item.id : figmaId(index)]),
  );
  const idOf = (item: BoardItem) => ids.get(item.id) as string;
  const nodes = new Map<string, FigmaNode>();
  const cells = new Map<string, BoardItem[]>();
  const placed: BoardItem[] = [];
  for (const item of written) {
    const type = typeOf(item, tableIds) as string;
    if (type === "TABLE_CELL") {
      const tableId = item.cell?.tableId as string;
      cells.set(tableId, [...(cells.get(tableId) ?? []), item]);
      continue;
    }
    nodes.set(item.id, nodeOf(item, idOf(item), type, ids));
    placed.push(item);
  }
  for (const tableId of tableIds) {
    const table = nodes.get(tableId) as FigmaNode;
    const item = written.find((each) => each.id === tableId) as BoardItem;
    table.children = tableChildren(item, table.id, cells.get(tableId) ?? [], idOf, cellNode);
  }
  const roots: FigmaNode[] = [];
  for (const item of placed) {
    const node = nodes.get(item.id) as FigmaNode;
    const parent = item.parentId === null ? undefined : nodes.get(item.parentId);
    // Pushed, not copied: a section holding thousands would otherwise be copied as often.
    if (parent?.type === "SECTION") {
      parent.children ??= [];
      parent.children.push(node);
    } else roots.push(node);
  }
  return {
    name,
    editorType: "figjam",
    schemaVersion: 0,
    document: {
      id: "0:0",
      name: "Document",
      type: "DOCUMENT",
      children: [{ id: "0:1", name: "Page 1", type: "CANVAS", children: roots }],
    },
  };
}
