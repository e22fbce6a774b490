import type { BatchOptions } from "../../core/board/board-port";
import { CancelledError } from "../../core/board/ownership";
import type { FigJamPluginSettings } from "./figjam-plugin-options";

/** How a chunked run ended: each entry's result (undefined where it did not finish). */
export interface ChunkOutcome<R> {
  results: (R | undefined)[];
  done: number;
  /** The first failure, which stopped the run; null when none failed. */
  failure: unknown;
  failed: boolean;
  cancelled: boolean;
}

type Pacing = Pick<FigJamPluginSettings, "chunkMs" | "chunkSize" | "now" | "yieldToHost">;

/**
 * Works through the entries one at a time, in chunks: a chunk ends after `chunkSize` entries or
 * once `chunkMs` has passed since it began, whichever comes first, and progress is reported.
 * FigJam gets its main thread back (`yieldToHost`) before every chunk, the first too, so a chunk
 * never runs on in one stretch with the work before it. A cancel is seen before each chunk; a
 * failure (or an entry's own CancelledError) ends the run at once. Never rejects: the outcome
 * says how it ended, and the caller decides what that means.
 */
export async function chunkedRun<T, R>(
  entries: readonly T[],
  work: (entry: T, index: number) => R | Promise<R>,
  pacing: Pacing,
  options: BatchOptions = {},
): Promise<ChunkOutcome<R>> {
  const outcome: ChunkOutcome<R> = {
    results: new Array(entries.length).fill(undefined),
    done: 0,
    failure: null,
    failed: false,
    cancelled: false,
  };
  let next = 0;
  while (next < entries.length) {
    // Whatever ran before this chunk (the call's own checks, the calls before it) ends first.
    await pacing.yieldToHost();
    if (options.signal?.aborted) {
      outcome.cancelled = true;
      return outcome;
    }
    const began = pacing.now();
    let inChunk = 0;
    do {
      try {
        outcome.results[next] = await work(entries[next] as T, next);
      } catch (error) {
        if (error instanceof CancelledError) outcome.cancelled = true;
        else {
          outcome.failed = true;
          outcome.failure = error;
        }
        return outcome;
      }
      next += 1;
      inChunk += 1;
      outcome.done = next;
    } while (
      next < entries.length &&
      inChunk < pacing.chunkSize &&
      pacing.now() - began < pacing.chunkMs
    );
    options.onProgress?.({ done: next, total: entries.length });
  }
  return outcome;
}

/**
 * A plain loop in chunks of time alone (a read, a look for space): it reports no progress, so
 * its chunks take as many entries as their time allows. The results, or the first failure.
 */
export async function inChunks<T, R>(
  entries: readonly T[],
  work: (entry: T, index: number) => R | Promise<R>,
  pacing: Pacing,
): Promise<R[]> {
  const outcome = await chunkedRun(entries, work, {
    ...pacing,
    chunkSize: Number.POSITIVE_INFINITY,
  });
  if (outcome.failed) throw outcome.failure;
  if (outcome.cancelled) throw new CancelledError(outcome.done);
  return outcome.results as R[];
}
