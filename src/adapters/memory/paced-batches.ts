import { inBatches } from "../../core/board/batches";
import type { BatchOptions } from "../../core/board/board-port";
import { CancelledError } from "../../core/board/ownership";

export interface PacedBatchOptions extends BatchOptions {
  size: number | undefined;
  /** Awaited before each batch, as a real board takes its time. */
  pace: (() => Promise<void>) | undefined;
  /** Told the ids each batch touched, also when the batch failed part way. */
  onBatch: (ids: string[]) => void;
}

/**
 * Applies a write entry by entry in batches (`inBatches`), waiting for `pace` before each one.
 * `apply` returns the id it touched and what the caller returns for the entry.
 */
export function pacedBatches<T, R>(
  entries: readonly T[],
  apply: (entry: T) => { id: string; result: R },
  options: PacedBatchOptions,
): Promise<R[]> {
  let done = 0;
  const work = async (batch: readonly T[]) => {
    await options.pace?.();
    // A cancel that came while the board was busy stops before this batch, not after it.
    if (options.signal?.aborted) throw new CancelledError(done);
    const ids: string[] = [];
    try {
      return batch.map((entry) => {
        const { id, result } = apply(entry);
        ids.push(id);
        return result;
      });
    } finally {
      done += ids.length;
      if (ids.length > 0) options.onBatch(ids);
    }
  };
  return inBatches(entries, work, options);
}
