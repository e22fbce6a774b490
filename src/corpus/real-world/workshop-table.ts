import type { DrawnGrid } from "./lane-grid";
import type { Sketch } from "./sketch";

type Size = { width: number; height: number };

const HEADER_FILLS = ["#FFD02F", "#C6DCFF", "#E6E6E6", "#414BB2"];

/**
 * The grid drawn as a table under the notes: a header row of stage titles and a first column
 * of row labels (a bare row's cell left empty), cell edges halfway between the notes of
 * neighbouring stages and rows. On FigJam a TABLE with its cells (empty cells are no items);
 * on Miro, whose REST items have no table, rectangles tiled in rows and columns. Every note's
 * middle lies over its own cell. Returns the table's top edge.
 */
export function drawTableFrame(
  sketch: Sketch,
  grid: DrawnGrid,
  labels: readonly (string | null)[],
  left: number,
  note: Size,
): number {
  const { random } = sketch;
  const margin = 0.2 * note.width;
  const xs = [
    left,
    ...edges(
      grid.stages.map((s) => [s.left, s.right]),
      margin,
    ),
  ];
  const rowEdges = edges(
    grid.rows.map((r) => [r.top, r.bottom]),
    margin,
  );
  const headerHeight = note.height * random.between(0.4, 0.7);
  const ys = [(rowEdges[0] as number) - headerHeight, ...rowEdges];
  const asTable = sketch.platform === "figjam";
  const tableId = `table-${random.int(100, 999)}`;
  const right = xs[xs.length - 1] as number;
  const bottom = ys[ys.length - 1] as number;
  const top = ys[0] as number;
  if (asTable) {
    sketch.add("other", {
      id: tableId,
      platformType: "TABLE",
      x: (left + right) / 2,
      y: (top + bottom) / 2,
      width: right - left,
      height: bottom - top,
    });
  }
  const headerFill = random.pick(HEADER_FILLS);
  for (let row = 0; row + 1 < ys.length; row++) {
    for (let column = 0; column + 1 < xs.length; column++) {
      const text =
        row === 0
          ? column === 0
            ? ""
            : (grid.stages[column - 1]?.title ?? "")
          : column === 0
            ? (labels[row - 1] ?? "")
            : "";
      const x0 = xs[column] as number;
      const y0 = ys[row] as number;
      const box = {
        x: (x0 + (xs[column + 1] as number)) / 2,
        y: (y0 + (ys[row + 1] as number)) / 2,
        width: (xs[column + 1] as number) - x0,
        height: (ys[row + 1] as number) - y0,
      };
      const fill = row === 0 || column === 0 ? headerFill : "#FFFFFF";
      if (!asTable) sketch.add("shape", { ...box, text, fill, shape: "rectangle" });
      else if (text !== "") {
        sketch.add("text", {
          ...box,
          id: `${tableId}/r${row}c${column}`,
          platformType: "TABLE_CELL",
          text,
          fill,
          cell: { tableId, row, column },
        });
      }
    }
  }
  return top;
}

/** Edges between consecutive spans, halfway across each gap, a margin beyond the outer ones. */
function edges(spans: readonly number[][], margin: number): number[] {
  const out = [(spans[0]?.[0] ?? 0) - margin];
  for (let i = 1; i < spans.length; i++) {
    out.push(
      (((spans[i - 1] as number[])[1] as number) + ((spans[i] as number[])[0] as number)) / 2,
    );
  }
  out.push((spans[spans.length - 1]?.[1] ?? 0) + margin);
  return out;
}
