import type { CancelSignal } from "../../core/board/board-port";
import { CancelledError } from "../../core/board/ownership";

/** Sleeps; the real one is a timer, tests hand in one that only moves a clock. */
export type Sleep = (ms: number) => Promise<void>;

/** The timer every wait uses unless the options give another. */
export const timerSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How often a long wait looks at the signal: a cancel is felt within this. */
const SLICE_MS = 250;

/**
 * Waits `ms`, looking at the signal between slices, so a cancel during a long wait (a rate
 * limit's backoff, a full credit budget) stops it soon. Throws CancelledError(0) when aborted;
 * the caller, which knows what was done, tells its own count.
 */
export async function cancellableWait(
  ms: number,
  sleep: Sleep,
  signal: CancelSignal | undefined,
): Promise<void> {
  let left = ms;
  do {
    if (signal?.aborted) throw new CancelledError(0);
    const step = Math.min(left, SLICE_MS);
    await sleep(step);
    left -= step;
  } while (left > 0);
  if (signal?.aborted) throw new CancelledError(0);
}
