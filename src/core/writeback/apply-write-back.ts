import type { BoardPort, Progress } from "../board/board-port";
import type { WriteBackPlan } from "./plan-write-back";

/** What applying a plan did. */
export interface WriteBackResult {
  created: number;
  updated: number;
  removed: number;
}

/**
 * Applies a write-back plan through the port: removals of the app's stale items, then new items,
 * then updates, each in the port's batches with progress reported as one whole.
 */
export async function applyWriteBack(
  port: BoardPort,
  plan: WriteBackPlan,
  onProgress?: (progress: Progress) => void,
): Promise<WriteBackResult> {
  const total = plan.remove.length + plan.create.length + plan.update.length;
  let before = 0;
  const report = (progress: Progress) => onProgress?.({ done: before + progress.done, total });
  if (plan.remove.length > 0) await port.removeItems(plan.remove, { onProgress: report });
  before += plan.remove.length;
  if (plan.create.length > 0) await port.createItems(plan.create, { onProgress: report });
  before += plan.create.length;
  if (plan.update.length > 0) await port.updateItems(plan.update, { onProgress: report });
  return { created: plan.create.length, updated: plan.update.length, removed: plan.remove.length };
}
