import { recogniseLane } from "../lexicon/recognise-lane";
import type { Band } from "../model/band";
import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";
import type { GridRow, GridStage } from "./grid";
import { stagesFromGaps } from "./stages-from-gaps";
import type { Structure } from "./structure";
import { type CellTable, figjamTables, splitTrailing, type TableCell } from "./table-cells";
import { shapeTables } from "./table-shapes";

/**
 * A label cell names a lane when its words are read this surely: less surely than a label found
 * by where it stands, as a cell of the first column is a row's label whatever its words.
 */
const MIN_LABEL_CONFIDENCE = 0.3;
/** A table is the journey's grid when at least this many notes lie on it... */
const MIN_NOTES = 1;
/** ...and this share of the board's: a persona card or a legend drawn as a table is not it. */
const MIN_SHARE = 0.4;

/** The grid a table gives: header cells are stages, first-column cells name the rows. */
export interface TableGrid {
  tableId: string;
  stages: GridStage[];
  /** Rows whose label names a lane; a row whose label names none takes its notes' colours. */
  rows: GridRow[];
  /** The header row's bottom edge and the table's bottom edge: the notes lie between. */
  top: number;
  bottom: number;
}

/**
 * The journey's grid from a table on the board (a FigJam table, or a grid of shapes): the table
 * holding the most notes over its body. Its header cells are the stage titles and its first
 * column the lane labels; a note over a cell belongs to that cell's column and row. Notes lying
 * on header or label cells are titles and labels, and are added to `structure` with the cells.
 * Null when no table holds a good share of the notes.
 */
export function readTableGrid(
  parts: BoardParts,
  content: readonly Note[],
  structure: Structure,
): TableGrid | null {
  const tables = [...figjamTables(parts), ...shapeTables(parts)];
  if (tables.length === 0) return null;
  let best: { table: CellTable; notes: Note[] } | null = null;
  for (const table of tables) {
    const notes = content.filter((n) => inside(table, n.x, n.y));
    const enough = Math.max(MIN_NOTES, MIN_SHARE * content.length);
    if (notes.length >= enough && notes.length > (best?.notes.length ?? 0)) {
      best = { table, notes };
    }
  }
  return best ? gridOfTable(best.table, best.notes, structure, parts.noteWidth) : null;
}

/** Reads one table holding `notes` as the journey's grid. */
export function gridOfTable(
  drawn: CellTable,
  notes: readonly Note[],
  structure: Structure,
  noteWidth: number,
): TableGrid {
  // A last column with no words in any cell holds as many stages as its notes show.
  const columns = splitTrailing(drawn.columns, new Set(drawn.cells.map((c) => c.column)), (band) =>
    stagesFromGaps(
      notes.filter((n) => n.x >= band.start && n.x <= band.end),
      noteWidth,
    ),
  );
  const table = { ...drawn, columns };
  const cellAt = new Map<string, TableCell>();
  for (const cell of table.cells) cellAt.set(`${cell.row}:${cell.column}`, cell);
  const textAt = (row: number, column: number) => cellAt.get(`${row}:${column}`)?.text ?? "";
  const notesAt = (row: number, column: number) =>
    notes.filter((n) => within(table.rows[row], n.y) && within(table.columns[column], n.x));

  // The header row has words over the stages; a table without one starts its body at once.
  const firstRow = table.columns.some((_, c) => c > 0 && textAt(0, c) !== "") ? 1 : 0;
  // The label column has words beside the rows, or holds no notes where the others do.
  const labelled = table.rows.some((_, r) => r >= firstRow && textAt(r, 0) !== "");
  const firstColumn =
    table.columns.length > 2 &&
    (labelled || table.rows.every((_, r) => r < firstRow || notesAt(r, 0).length === 0))
      ? 1
      : 0;

  const stages: GridStage[] = [];
  for (let c = firstColumn; c < table.columns.length; c++) {
    let title = firstRow > 0 ? textAt(0, c) : "";
    const cell = cellAt.get(`0:${c}`);
    if (firstRow > 0 && cell && title !== "") {
      structure.set(cell.id, { reason: `stage header “${title}”`, role: "stage-header" });
    }
    // A sticky on a header cell is the stage's title written on a note.
    for (const note of firstRow > 0 ? notesAt(0, c) : []) {
      title ||= note.text.trim();
      structure.set(note.id, {
        reason: `stage header “${note.text.trim()}”`,
        role: "stage-header",
      });
    }
    stages.push({ title: title || null, band: table.columns[c] as Band });
  }

  const rows: GridRow[] = [];
  for (let r = firstRow; r < table.rows.length; r++) {
    const cell = cellAt.get(`${r}:0`);
    const onLabel = firstColumn > 0 ? notesAt(r, 0) : [];
    const words = [firstColumn > 0 ? textAt(r, 0) : "", ...onLabel.map((n) => n.text.trim())];
    const title = words.find((w) => laneOf(w) !== null) ?? null;
    const kind = title === null ? null : laneOf(title);
    if (cell && firstColumn > 0 && cell.text !== "") {
      structure.set(cell.id, { reason: `lane label “${cell.text}”`, role: "lane-label" });
    }
    // A sticky on a label cell naming the lane is the label written on a note.
    for (const note of onLabel) {
      if (laneOf(note.text.trim()) !== null) {
        structure.set(note.id, { reason: `lane label “${note.text.trim()}”`, role: "lane-label" });
      }
    }
    if (kind) rows.push({ kind, title, band: table.rows[r] as Band });
  }
  const headerBottom = firstRow > 0 ? (table.rows[0] as Band).end : table.box.y;
  return {
    tableId: table.id,
    stages,
    rows,
    top: headerBottom,
    bottom: table.box.y + table.box.height,
  };
}

function laneOf(text: string) {
  if (text === "") return null;
  const lane = recogniseLane(text);
  return lane && lane.confidence >= MIN_LABEL_CONFIDENCE ? lane.kind : null;
}

function inside(table: CellTable, x: number, y: number): boolean {
  const { box } = table;
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}

function within(band: Band | undefined, at: number): boolean {
  return band !== undefined && at >= band.start && at <= band.end;
}
