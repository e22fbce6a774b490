/** A covered stretch of one axis. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Merges intervals that overlap or lie closer than `tolerance`, left to right. The result is
 * what the notes cover along one axis; what lies between its blocks are the board's gaps.
 */
export function mergeIntervals(intervals: readonly Interval[], tolerance = 0): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end + tolerance) last.end = Math.max(last.end, next.end);
    else merged.push({ start: next.start, end: next.end });
  }
  return merged;
}

/** The uncovered stretches between merged blocks. */
export function gapsBetween(blocks: readonly Interval[]): Interval[] {
  const gaps: Interval[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const before = blocks[i - 1] as Interval;
    const after = blocks[i] as Interval;
    gaps.push({ start: before.end, end: after.start });
  }
  return gaps;
}

/**
 * The widest gap lying between two coordinates, clipped to them; null when the blocks cover the
 * whole stretch. Stage boundaries go there: people leave space between stages.
 */
export function widestGapWithin(
  gaps: readonly Interval[],
  from: number,
  to: number,
): Interval | null {
  let best: Interval | null = null;
  let lo = 0;
  let hi = gaps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((gaps[mid] as Interval).end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < gaps.length; i++) {
    const gap = gaps[i] as Interval;
    if (gap.start >= to) break;
    const clipped = { start: Math.max(gap.start, from), end: Math.min(gap.end, to) };
    if (
      clipped.end > clipped.start &&
      (!best || clipped.end - clipped.start > best.end - best.start)
    ) {
      best = clipped;
    }
  }
  return best;
}

/** The median of a list of numbers; 0 for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
