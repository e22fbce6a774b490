import { type BoardItem, rectOf } from "../../core/board/board-item";
import type { Band } from "../../core/model/band";
import { shareOutBands } from "../../core/reconstruct/table-bands";
import type { FigmaNode } from "./figma-rest-schema";

/** A box as a Figma file writes it (a plain object type, as the file schema's records are). */
export type Box = { x: number; y: number; width: number; height: number };

/** What a cell's node is made of, whether the board had the cell or it is an empty one. */
export interface CellNodeParts {
  id: string;
  text: string;
  fill: string | null;
  box: Box;
}

/**
 * A FigJam table's cells as its TABLE node holds them in a file: every row and column, row by
 * row, the board's cells with their own boxes and the empty ones in the room their row and
 * column leave (a real table has no holes). Each cell is made by `cellNode`.
 */
export function tableChildren(
  table: BoardItem,
  tableNodeId: string,
  cells: readonly BoardItem[],
  idOf: (item: BoardItem) => string,
  cellNode: (parts: CellNodeParts) => FigmaNode,
): FigmaNode[] {
  const at = new Map<string, BoardItem>();
  const rows = new Map<number, Band>();
  const columns = new Map<number, Band>();
  let rowCount = 0;
  let columnCount = 0;
  for (const cell of cells) {
    const place = cell.cell;
    if (!place) continue;
    at.set(`${place.row}:${place.column}`, cell);
    const box = rectOf(cell);
    rows.set(place.row, { start: box.y, end: box.y + box.height });
    columns.set(place.column, { start: box.x, end: box.x + box.width });
    rowCount = Math.max(rowCount, place.row + 1);
    columnCount = Math.max(columnCount, place.column + 1);
  }
  const whole = rectOf(table);
  const rowBands = shareOutBands(rows, rowCount, { start: whole.y, end: whole.y + whole.height });
  const columnBands = shareOutBands(columns, columnCount, {
    start: whole.x,
    end: whole.x + whole.width,
  });
  const children: FigmaNode[] = [];
  for (let row = 0; row < rowCount; row++) {
    for (let column = 0; column < columnCount; column++) {
      const cell = at.get(`${row}:${column}`);
      const rowBand = rowBands[row] as Band;
      const columnBand = columnBands[column] as Band;
      children.push(
        cellNode(
          cell
            ? { id: idOf(cell), text: cell.text, fill: cell.fill, box: rectOf(cell) }
            : {
                id: `${tableNodeId}/r${row}c${column}`,
                text: "",
                fill: null,
                box: {
                  x: columnBand.start,
                  y: rowBand.start,
                  width: columnBand.end - columnBand.start,
                  height: rowBand.end - rowBand.start,
                },
              },
        ),
      );
    }
  }
  return children;
}
