import type { CancelSignal, Progress } from "./board-port";
import { CancelledError } from "./ownership";

/** Platforms take writes best in modest batches; this is what the adapters use unless told. */
export const DEFAULT_BATCH_SIZE = 25;

/**
 * Runs `work` over the items in batches of `size`, one batch after the other, and reports
 * progress after each. Returns the results in input order. Once `signal` is aborted it stops
 * before the next batch with a CancelledError; the batches already done stay done.
 */
export async function inBatches<T, R>(
  items: readonly T[],
  work: (batch: readonly T[]) => Promise<readonly R[]>,
  options: {
    size?: number | undefined;
    onProgress?: ((progress: Progress) => void) | undefined;
    signal?: CancelSignal | undefined;
  } = {},
): Promise<R[]> {
  const size = Math.max(1, options.size ?? DEFAULT_BATCH_SIZE);
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    if (options.signal?.aborted) throw new CancelledError(start);
    const batch = items.slice(start, start + size);
    results.push(...(await work(batch)));
    options.onProgress?.({ done: Math.min(start + size, items.length), total: items.length });
  }
  return results;
}
