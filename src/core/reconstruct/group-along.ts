import type { Placed } from "./note-spread";

/**
 * Items gathered into runs along one axis (columns along x, rows along y), in order: each item
 * joins the run whose first member lies within `reach(first)` of it, or starts a new one.
 */
export function groupAlong<T extends Placed>(
  items: readonly T[],
  axis: "x" | "y",
  reach: (first: T) => number,
): T[][] {
  const runs: T[][] = [];
  for (const item of [...items].sort((a, b) => a[axis] - b[axis])) {
    const run = runs[runs.length - 1];
    const first = run?.[0];
    if (run && first && item[axis] - first[axis] <= reach(first)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}
