/**
 * The index of the first value not below `value` in an ascending array: a binary search, so
 * that counting or finding notes by position stays O(log n) per question on large boards.
 */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first interval ending after `y`, in intervals ordered along the axis. */
export function firstEndingAfter(intervals: readonly { end: number }[], y: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((intervals[mid] as { end: number }).end <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
