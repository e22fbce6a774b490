/** A row or a column of a table along one axis: where it starts and how far it reaches. */
export interface Band {
  start: number;
  size: number;
}

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

/**
 * Bands 0..count-1 across `whole`: the known ones as they are, each run of unknown ones sharing
 * the room between its known neighbours (or the table's edges) evenly. A table written to a file
 * has every cell, empty ones too, so that its rows and columns read back in the same places.
 */
export function fillBands(known: ReadonlyMap<number, Band>, count: number, whole: Band): Band[] {
  const bands: Band[] = [];
  let index = 0;
  while (index < count) {
    const band = known.get(index);
    if (band) {
      bands.push(band);
      index++;
      continue;
    }
    let next = index;
    while (next < count && !known.has(next)) next++;
    const before = bands[index - 1];
    const low = before ? before.start + before.size : whole.start;
    const high = known.get(next)?.start ?? whole.start + whole.size;
    const size = Math.max(0, (high - low) / (next - index));
    for (let at = index; at < next; at++) bands.push({ start: low + (at - index) * size, size });
    index = next;
  }
  return bands;
}
