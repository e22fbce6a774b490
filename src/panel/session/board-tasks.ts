/**
 * The two core tasks the panel runs, reached through this one module so that only it changes
 * when the core's API moves.
 */
export {
  type StartedWorkshop,
  type StartWorkshopOptions,
  startWorkshop,
} from "../../core/workshop/start-workshop";
export {
  type WriteBackPart,
  type WriteBackResult,
  writeBack,
} from "../../core/writeback/write-back";
