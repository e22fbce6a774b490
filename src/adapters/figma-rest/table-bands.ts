/**
 * The band each start falls in, counted from 0 in order along the axis: starts less than
 * `tolerance` past a band's first start are in that band. Figma's REST API gives a table cell
 * its box but not its row or column, so a cell's place is read off where its box starts.
 */
export function bandIndices(starts: readonly number[], tolerance: number): number[] {
  const order = starts
    .map((_, index) => index)
    .sort((a, b) => (starts[a] as number) - (starts[b] as number));
  const indices = new Array<number>(starts.length);
  let band = -1;
  let first = Number.NEGATIVE_INFINITY;
  for (const index of order) {
    const start = starts[index] as number;
    if (start - first >= tolerance) {
      band++;
      first = start;
    }
    indices[index] = band;
  }
  return indices;
}
