import type { Placed } from "./note-spread";

/**
 * Items gathered into runs along one axis (columns along x, rows along y), in order: each item
 * joins the run when the run's last member lies within `reach(last)` of it, or starts a new one.
 * Chaining lets a run slope or stagger, as hand-placed headers do.
 */
export function groupAlong<T extends Placed>(
  items: readonly T[],
  axis: "x" | "y",
  reach: (last: T) => number,
): T[][] {
  const runs: T[][] = [];
  for (const item of [...items].sort((a, b) => a[axis] - b[axis])) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && item[axis] - last[axis] <= reach(last)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}
