import { type BoardItem, type Rect, rectOf } from "../board/board-item";
import type { BoardParts } from "./board-parts";
import { lowerBound } from "./sorted-search";
import { type CellTable, type TableCell, tableOf, unionOf } from "./table-cells";

/** Shapes this close (in note sizes) edge to edge touch: people snap cells together, or nearly. */
const TOUCH = 0.2;
/** Touching shapes share at least this share of the shorter side. */
const SHARED_SIDE = 0.5;
/** A shape thinner than this (in note sizes) is a drawn line, not a cell. */
const LINE = 0.1;
/** Cells starting within this share of the smallest cell's size stand in one row or column. */
const SAME_START = 0.3;
/** A cell this much wider or taller than its column's or row's cells spans several: a banner. */
const SPANNING = 1.4;
/** A grid has most of its cells: the rest may have been deleted or never drawn. */
const MIN_FILLED = 0.6;

/** Outlines that make a table's cells; arrows, circles and the like do not. */
const CELL_OUTLINE = /rect|square/;

/**
 * Grids of shapes: rectangles tiled in rows and columns (Miro's REST API has no tables, so teams
 * draw them), each shape a cell. Returns every grid of at least two rows and two columns.
 */
export function shapeTables(parts: BoardParts): CellTable[] {
  const size = Math.min(parts.noteWidth, parts.noteHeight);
  const shapes = [...parts.labels, ...parts.bareShapes].filter(
    (s) =>
      s.kind === "shape" &&
      !s.cell &&
      (s.shape === undefined || CELL_OUTLINE.test(s.shape)) &&
      Math.min(s.width, s.height) >= LINE * size,
  );
  if (shapes.length < 4) return [];
  const tables: CellTable[] = [];
  for (const group of touchingGroups(shapes, TOUCH * size)) {
    if (group.length < 4) continue;
    const table = gridOf(group);
    if (table) tables.push(table);
  }
  return tables;
}

/** The shapes in groups that touch edge to edge, by union-find over sorted edges. */
function touchingGroups(shapes: readonly BoardItem[], touch: number): BoardItem[][] {
  const parent = shapes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const boxes = shapes.map(rectOf);
  const at = (i: number) => boxes[i] as Rect;
  for (const axis of ["x", "y"] as const) {
    const side = axis === "x" ? "width" : "height";
    const across = axis === "x" ? "y" : "x";
    const acrossSide = axis === "x" ? "height" : "width";
    const order = boxes.map((_, i) => i).sort((a, b) => at(a)[axis] - at(b)[axis]);
    const starts = order.map((i) => at(i)[axis]);
    boxes.forEach((box, i) => {
      const end = box[axis] + box[side];
      for (let k = lowerBound(starts, end - touch); k < order.length; k++) {
        if ((starts[k] as number) > end + touch) break;
        const j = order[k] as number;
        const other = at(j);
        const shared =
          Math.min(box[across] + box[acrossSide], other[across] + other[acrossSide]) -
          Math.max(box[across], other[across]);
        if (j !== i && shared >= SHARED_SIDE * Math.min(box[acrossSide], other[acrossSide])) {
          join(i, j);
        }
      }
    });
  }
  const groups = new Map<number, BoardItem[]>();
  shapes.forEach((shape, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), shape]);
  });
  return [...groups.values()];
}

/** The touching shapes read as a table, or null when they are not rows and columns. */
function gridOf(shapes: readonly BoardItem[]): CellTable | null {
  let cells = place(shapes);
  // A banner across the top (the journey's title) touches every header cell but is no cell.
  const spanning = new Set<string>();
  for (const axis of ["column", "row"] as const) {
    const side = axis === "column" ? "width" : "height";
    const usual = new Map<number, number>();
    for (const [index, members] of byIndex(cells, axis)) {
      const sizes = members.map((c) => c.box[side]).sort((a, b) => a - b);
      usual.set(index, sizes[sizes.length >> 1] as number);
    }
    for (const cell of cells) {
      if (cell.box[side] > SPANNING * (usual.get(cell[axis]) ?? 0)) spanning.add(cell.id);
    }
  }
  if (spanning.size > 0) cells = place(shapes.filter((s) => !spanning.has(s.id)));
  const rowCount = 1 + Math.max(-1, ...cells.map((c) => c.row));
  const columnCount = 1 + Math.max(-1, ...cells.map((c) => c.column));
  if (rowCount < 2 || columnCount < 2) return null;
  if (cells.length < MIN_FILLED * rowCount * columnCount) return null;
  const box = unionOf(cells.map((c) => c.box));
  return tableOf(`shapes:${cells[0]?.id ?? ""}`, box, cells);
}

/** Each shape as a cell, its row and column counted from where the shapes start. */
function place(shapes: readonly BoardItem[]): TableCell[] {
  const boxes = shapes.map(rectOf);
  const rows = indices(
    boxes.map((b) => b.y),
    Math.min(...boxes.map((b) => b.height)),
  );
  const columns = indices(
    boxes.map((b) => b.x),
    Math.min(...boxes.map((b) => b.width)),
  );
  return shapes.map((shape, i) => ({
    id: shape.id,
    text: shape.text.trim(),
    row: rows[i] as number,
    column: columns[i] as number,
    box: boxes[i] as TableCell["box"],
  }));
}

/** The index, in order, of the run each start falls in: runs part where starts jump. */
function indices(starts: readonly number[], smallest: number): number[] {
  const order = starts
    .map((_, i) => i)
    .sort((a, b) => (starts[a] as number) - (starts[b] as number));
  const result = new Array<number>(starts.length);
  let index = -1;
  let first = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    const start = starts[i] as number;
    if (start - first >= SAME_START * smallest) {
      index++;
      first = start;
    }
    result[i] = index;
  }
  return result;
}

function byIndex(cells: readonly TableCell[], axis: "row" | "column"): Map<number, TableCell[]> {
  const map = new Map<number, TableCell[]>();
  for (const cell of cells) map.set(cell[axis], [...(map.get(cell[axis]) ?? []), cell]);
  return map;
}
