import type { BoardItem } from "../../core/board/board-item";
import type { FigmaTableNode } from "./figma-api";
import { centreOf, sectionOf } from "./node-geometry";

/** The id a table cell reads with: cells have no id of their own. */
export function cellId(tableId: string, row: number, column: number): string {
  return `${tableId}/r${row}c${column}`;
}

/**
 * A table's cells that hold text, each as a text item a lane label or a stage title can be read
 * from, with its place in the table (`cell`), in reading order. The cells' own sizes are not in the
 * API the app uses, so each cell takes an even share of the table's box: its centre lies in its row
 * and column as long as the table's rows and columns are of a size, and in the right order whatever
 * they are. A cell has no plugin data and is never the app's.
 */
export function tableCells(table: FigmaTableNode): BoardItem[] {
  const { numRows, numColumns } = table;
  if (numRows <= 0 || numColumns <= 0) return [];
  const centre = centreOf(table);
  const width = table.width / numColumns;
  const height = table.height / numRows;
  const left = centre.x - table.width / 2;
  const top = centre.y - table.height / 2;
  const parentId = sectionOf(table);
  const cells: BoardItem[] = [];
  for (let row = 0; row < numRows; row++) {
    for (let column = 0; column < numColumns; column++) {
      const text = table.cellAt(row, column).text.characters;
      if (text.trim() === "") continue;
      cells.push({
        id: cellId(table.id, row, column),
        kind: "text",
        platformType: "TABLE_CELL",
        text,
        fill: null,
        x: left + (column + 0.5) * width,
        y: top + (row + 0.5) * height,
        width,
        height,
        rotation: 0,
        parentId,
        mark: null,
        cell: { tableId: table.id, row, column },
      });
    }
  }
  return cells;
}
