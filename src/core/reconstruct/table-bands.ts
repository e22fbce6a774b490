import type { Band } from "../model/band";

/**
 * Bands 0..count-1 across `whole`: the known ones as they are, each run of unknown ones sharing
 * the room between its known neighbours (or the table's edges) evenly, never less than nothing.
 * A table's empty rows and columns hold no cell to tell where they lie: reading a board and
 * writing a file both place them so.
 */
export function shareOutBands(
  known: ReadonlyMap<number, Band>,
  count: number,
  whole: Band,
): Band[] {
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
    const low = bands[index - 1]?.end ?? whole.start;
    const high = known.get(next)?.start ?? Math.max(whole.end, low);
    const size = Math.max(0, (high - low) / (next - index));
    for (let at = index; at < next; at++) {
      bands.push({ start: low + (at - index) * size, end: low + (at - index + 1) * size });
    }
    index = next;
  }
  return bands;
}
