import type { BoardItem } from "../../core/board/board-item";
import { hexOfPaints } from "./figma-paints";
import type { FigmaNode } from "./figma-rest-schema";
import { bandIndices } from "./table-bands";

type Box = { x: number; y: number; width: number; height: number };
type Placed = { node: FigmaNode; box: Box };

const isIndex = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

/**
 * The cells of a FigJam table that hold text, as text items with their place in the table and
 * their own boxes, in the order the file holds them (row by row). Figma's REST API gives a cell
 * no row or column, so they are read off where the cells' boxes start: cells starting within
 * half the smallest cell's height of each other share a row, and so for columns. Where a file
 * does give every cell `rowIndex` and `columnIndex`, those are taken. Empty cells are left out,
 * as the FigJam plugin leaves them out, but they still count for the places of the others.
 */
export function tableCellItems(
  table: FigmaNode,
  parentId: string | null,
  warnings: string[],
): BoardItem[] {
  const placed: Placed[] = [];
  for (const node of table.children ?? []) {
    if (node.type !== "TABLE_CELL") continue;
    const box = node.absoluteBoundingBox;
    if (box) placed.push({ node, box });
    else if (node.characters?.trim()) {
      warnings.push(`table cell ${node.id} has no position and is left out`);
    }
  }
  const given = placed.every(({ node }) => isIndex(node.rowIndex) && isIndex(node.columnIndex));
  const rows = given
    ? placed.map(({ node }) => node.rowIndex as number)
    : bandIndices(
        placed.map(({ box }) => box.y),
        tolerance(placed.map(({ box }) => box.height)),
      );
  const columns = given
    ? placed.map(({ node }) => node.columnIndex as number)
    : bandIndices(
        placed.map(({ box }) => box.x),
        tolerance(placed.map(({ box }) => box.width)),
      );
  const items: BoardItem[] = [];
  placed.forEach(({ node, box }, index) => {
    const text = node.characters ?? "";
    if (text.trim() === "") return;
    items.push({
      id: node.id,
      kind: "text",
      platformType: "TABLE_CELL",
      text,
      fill: hexOfPaints(node.fills),
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      width: box.width,
      height: box.height,
      rotation: 0,
      parentId,
      mark: null,
      cell: { tableId: table.id, row: rows[index] as number, column: columns[index] as number },
    });
  });
  return items;
}

/** Half the smallest cell's size across the bands, and never under half a pixel. */
function tolerance(sizes: readonly number[]): number {
  let smallest = Number.POSITIVE_INFINITY;
  for (const size of sizes) if (size < smallest) smallest = size;
  return Number.isFinite(smallest) ? Math.max(0.5, smallest / 2) : 0.5;
}
