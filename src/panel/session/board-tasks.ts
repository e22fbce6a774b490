import type { BoardPort } from "../../core/board/board-port";
import type { Journey } from "../../core/model/journey";
import type { WriteBackResult, WriteBackTaskOptions } from "../../core/writeback/write-back";

/**
 * The two core tasks the panel runs, reached through this one module so that only it changes
 * when the core's API moves.
 */
export {
  type StartedWorkshop,
  type StartWorkshopOptions,
  startWorkshop,
} from "../../core/workshop/start-workshop";
export type { WriteBackPart, WriteBackResult } from "../../core/writeback/write-back";

/**
 * Writes the asked parts of a journey onto the board (see the core's `writeBack`). Its code
 * (summaries, the action list and which pains each answers, the curve, the tidy copy, their plan)
 * is a chunk fetched at the first write-back: a panel opened to start a workshop or to look at a
 * board needs none of it, and the page must open within its budget.
 */
export async function writeBack(
  port: BoardPort,
  journey: Journey,
  options: WriteBackTaskOptions,
): Promise<WriteBackResult> {
  const task = await import("../../core/writeback/write-back");
  return task.writeBack(port, journey, options);
}
