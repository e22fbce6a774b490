import type { BoardPort, CancelSignal, Progress } from "../board/board-port";
import type { ItemChanges } from "../plan/diff-app-items";

/** What applying a plan did. */
export interface WriteBackResult {
  created: number;
  updated: number;
  removed: number;
}

export interface ApplyOptions {
  onProgress?: (progress: Progress) => void;
  /** Stops between the port's batches with a CancelledError; a re-run finishes the work. */
  signal?: CancelSignal;
}

/**
 * Applies changes through the port: removals of the app's stale items, then new items, then
 * updates, each in the port's batches, with progress reported as one whole.
 */
export async function applyWriteBack(
  port: BoardPort,
  changes: ItemChanges,
  options: ApplyOptions = {},
): Promise<WriteBackResult> {
  const total = changes.remove.length + changes.create.length + changes.update.length;
  let before = 0;
  const batch = {
    onProgress: (progress: Progress) =>
      options.onProgress?.({ done: before + progress.done, total }),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  if (changes.remove.length > 0) await port.removeItems(changes.remove, batch);
  before += changes.remove.length;
  if (changes.create.length > 0) await port.createItems(changes.create, batch);
  before += changes.create.length;
  if (changes.update.length > 0) await port.updateItems(changes.update, batch);
  return {
    created: changes.create.length,
    updated: changes.update.length,
    removed: changes.remove.length,
  };
}
