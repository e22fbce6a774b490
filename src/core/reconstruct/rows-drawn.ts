import type { Band } from "../model/band";
import type { RowShape } from "./rows-from-shapes";

/** A shape's edge this many note heights inside a cluster of notes parts it; nearer, notes overhang. */
const EDGE_INSIDE = 0.25;

/** A row as the board draws it, before any label names it: its band, and its shape if it has one. */
export interface DrawnRow {
  band: Band;
  shape: RowShape | null;
}

/**
 * The board's rows from what draws them: the notes' clusters, parted by the rules drawn through
 * them and by the edges of row shapes, and joined where one shape holds them. A shape holding no
 * notes is a row only where its words name one. Rows tile the height they cover: two neighbours
 * meet at the rule between them, else where their shapes meet, else halfway across the gap.
 */
export function rowsDrawn(
  clusters: readonly Band[],
  rules: readonly number[],
  shapes: readonly RowShape[],
  noteHeight: number,
): DrawnRow[] {
  const inside = EDGE_INSIDE * noteHeight;
  const cuts = [...rules, ...shapes.flatMap((shape) => [shape.band.start, shape.band.end])].sort(
    (a, b) => a - b,
  );
  const pieces: Band[] = [];
  for (const cluster of clusters) {
    let start = cluster.start;
    for (const cut of cuts) {
      if (cut - start > inside && cluster.end - cut > inside) {
        pieces.push({ start, end: cut });
        start = cut;
      }
    }
    pieces.push({ start, end: cluster.end });
  }

  const rows: DrawnRow[] = [];
  const byShape = new Map<RowShape, DrawnRow>();
  for (const piece of pieces) {
    const middle = (piece.start + piece.end) / 2;
    const shape = shapes.find((s) => middle >= s.band.start && middle <= s.band.end) ?? null;
    const known = shape ? byShape.get(shape) : undefined;
    if (known) {
      known.band = {
        start: Math.min(known.band.start, piece.start),
        end: Math.max(known.band.end, piece.end),
      };
      continue;
    }
    const band = shape
      ? { start: Math.min(shape.band.start, piece.start), end: Math.max(shape.band.end, piece.end) }
      : piece;
    const row = { band, shape };
    rows.push(row);
    if (shape) byShape.set(shape, row);
  }
  for (const shape of shapes) {
    if (!byShape.has(shape) && shape.kind !== null) rows.push({ band: { ...shape.band }, shape });
  }
  rows.sort((a, b) => a.band.start - b.band.start);

  for (let i = 1; i < rows.length; i++) {
    const above = rows[i - 1] as DrawnRow;
    const below = rows[i] as DrawnRow;
    const from = Math.min(above.band.end, below.band.start);
    const to = Math.max(above.band.end, below.band.start);
    const rule = rules.find((at) => at >= from - inside && at <= to + inside);
    const meet = rule ?? (from + to) / 2;
    above.band.end = meet;
    below.band.start = meet;
  }
  return rows;
}
