import { type Rect, rectOf } from "../board/board-item";
import type { Band } from "../model/band";
import type { BoardParts } from "./board-parts";
import { shareOutBands } from "./table-bands";

/** One cell of a table on the board: where it stands in the table and on the board. */
export interface TableCell {
  id: string;
  text: string;
  row: number;
  column: number;
  /** Top-left corner and size. */
  box: Rect;
}

/** A table as read off the board: a FigJam table, or shapes tiled into rows and columns. */
export interface CellTable {
  id: string;
  /** The table's own box (top-left corner and size): it holds the cells, empty ones too. */
  box: Rect;
  /** The cells the board gives; empty cells may be missing. */
  cells: TableCell[];
  /** Row and column edges, top to bottom and left to right, one band per row and column. */
  rows: Band[];
  columns: Band[];
}

/** A missing run of rows or columns this much shorter than a known one is no row at all. */
const LEFTOVER = 0.25;

/**
 * FigJam's tables: each TABLE item with the cells that carry words (empty cells need not be items
 * at all). Rows and columns come from the cells' own boxes; those without a cell with words share
 * the room the table's box leaves between their neighbours.
 */
export function figjamTables(parts: BoardParts): CellTable[] {
  const cellsOf = new Map<string, TableCell[]>();
  for (const item of parts.labels) {
    if (!item.cell) continue;
    const cells = cellsOf.get(item.cell.tableId) ?? [];
    cells.push({
      id: item.id,
      text: item.text.trim(),
      row: item.cell.row,
      column: item.cell.column,
      box: rectOf(item),
    });
    cellsOf.set(item.cell.tableId, cells);
  }
  const tables: CellTable[] = [];
  for (const [id, cells] of cellsOf) {
    const table = parts.tables.find((t) => t.id === id);
    tables.push(tableOf(id, table ? rectOf(table) : unionOf(cells.map((c) => c.box)), cells));
  }
  return tables;
}

/** A table from its box and the cells it has, its rows and columns filled in between them. */
export function tableOf(id: string, box: Rect, cells: readonly TableCell[]): CellTable {
  const rows = new Map<number, Band>();
  const columns = new Map<number, Band>();
  for (const cell of cells) {
    rows.set(cell.row, widen(rows.get(cell.row), cell.box.y, cell.box.height));
    columns.set(cell.column, widen(columns.get(cell.column), cell.box.x, cell.box.width));
  }
  return {
    id,
    box,
    cells: [...cells],
    rows: fillBands(rows, { start: box.y, end: box.y + box.height }),
    columns: fillBands(columns, { start: box.x, end: box.x + box.width }),
  };
}

/**
 * Bands 0..n in order: the known ones as they are, a run of unknown ones sharing the room between
 * its known neighbours evenly. Room left past the last known band is one more band: how many
 * it truly holds, nothing in it says (see `splitTrailing`).
 */
export function fillBands(known: ReadonlyMap<number, Band>, whole: Band): Band[] {
  if (known.size === 0) return [];
  const last = Math.max(...known.keys());
  const sizes = [...known.values()].map((b) => b.end - b.start).sort((a, b) => a - b);
  const usual = sizes[sizes.length >> 1] as number;
  const lastBand = known.get(last) as Band;
  const room = whole.end - lastBand.end;
  const extra = usual > 0 && room > LEFTOVER * usual ? 1 : 0;
  return shareOutBands(known, last + 1 + extra, whole);
}

/** The smallest box around all the boxes. */
export function unionOf(boxes: readonly Rect[]): Rect {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function widen(known: Band | undefined, start: number, size: number): Band {
  return known
    ? { start: Math.min(known.start, start), end: Math.max(known.end, start + size) }
    : { start, end: start + size };
}

/**
 * The last band split where the notes in it leave stages' gaps, when no cell of the table's marks
 * it (a trailing column with no words in any cell may be one or several); as it is otherwise.
 */
export function splitTrailing(
  bands: readonly Band[],
  known: ReadonlySet<number>,
  clusters: (band: Band) => Band[],
): Band[] {
  const last = bands.length - 1;
  const band = bands[last];
  if (!band || known.has(last)) return [...bands];
  const groups = clusters(band);
  if (groups.length < 2) return [...bands];
  const edges = groups.slice(1).map((g, i) => ((groups[i] as Band).end + g.start) / 2);
  const starts = [band.start, ...edges];
  const ends = [...edges, band.end];
  return [
    ...bands.slice(0, last),
    ...starts.map((start, i) => ({ start, end: ends[i] as number })),
  ];
}
