import type { GridRow } from "./grid";

/**
 * Neighbouring rows that read one lane in one way are one row: a labelled row and the lines of
 * notes stacked under it in its colour, or two bare rows of one colour. The row keeps the first
 * one's title and the surer trust: a label's, where the colours below only agree with it.
 */
export function mergedAlike(rows: readonly GridRow[]): GridRow[] {
  const merged: GridRow[] = [];
  for (const row of rows) {
    const last = merged[merged.length - 1];
    const alike =
      last !== undefined &&
      last.kind === row.kind &&
      (last.byColour ?? false) === (row.byColour ?? false) &&
      (last.title === null || row.title === null || last.title === row.title);
    if (!alike) {
      merged.push({ ...row, band: { ...row.band } });
      continue;
    }
    last.band.end = row.band.end;
    last.title = last.title ?? row.title;
    last.trust = Math.max(last.trust ?? 1, row.trust ?? 1);
  }
  return merged;
}
