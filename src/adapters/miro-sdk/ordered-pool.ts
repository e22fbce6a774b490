import type { CancelSignal } from "../../core/board/board-port";
import { CancelledError } from "../../core/board/ownership";

export interface PoolOptions {
  /** How many entries are worked on at once. */
  concurrency: number;
  /** Once aborted, no entry starts; those under way finish. */
  signal?: CancelSignal;
  /** Told the count of finished entries after each one finishes. */
  onDone?: (done: number) => void;
}

/** How a pool's run ended: each entry's result (undefined where it did not finish). */
export interface PoolOutcome<R> {
  results: (R | undefined)[];
  done: number;
  /** The first failure, which stopped the run; null when none failed. */
  failure: unknown;
  failed: boolean;
  /** Whether a cancel stopped the run (the signal, or an entry's own CancelledError). */
  cancelled: boolean;
}

/**
 * Works through entries `concurrency` at a time, starting them in order, so whatever stops the
 * run leaves a prefix of the entries started: a cancel or a failure starts nothing more, and
 * the run ends once the entries under way have finished. Each entry gets the run's own signal,
 * the caller's joined with the first failure: an entry waiting (a backoff, the credit budget)
 * stops its wait with a CancelledError once a sibling has failed for good, instead of retrying
 * for minutes a write that has already stopped. Never rejects: the outcome says how it ended,
 * and the caller decides what that means.
 */
export function orderedPool<T, R>(
  entries: readonly T[],
  work: (entry: T, index: number, signal: CancelSignal) => Promise<R>,
  options: PoolOptions,
): Promise<PoolOutcome<R>> {
  const outcome: PoolOutcome<R> = {
    results: new Array(entries.length).fill(undefined),
    done: 0,
    failure: null,
    failed: false,
    cancelled: false,
  };
  const signal: CancelSignal = {
    get aborted() {
      return outcome.failed || options.signal?.aborted === true;
    },
  };
  let next = 0;
  let running = 0;
  return new Promise((resolve) => {
    const stopped = () => {
      if (options.signal?.aborted) outcome.cancelled = true;
      return outcome.cancelled || outcome.failed;
    };
    const fill = () => {
      while (running < options.concurrency && next < entries.length && !stopped()) {
        const index = next++;
        running += 1;
        work(entries[index] as T, index, signal)
          .then(
            (result) => {
              outcome.results[index] = result;
              outcome.done += 1;
              options.onDone?.(outcome.done);
            },
            (error: unknown) => {
              if (error instanceof CancelledError) outcome.cancelled = true;
              else if (!outcome.failed) {
                outcome.failed = true;
                outcome.failure = error;
              }
            },
          )
          .finally(() => {
            running -= 1;
            fill();
          });
      }
      if (running === 0) resolve(outcome);
    };
    fill();
  });
}
