import type { BoardPort } from "../../core/board/board-port";
import type { PanelState } from "./panel-state";
import type { Store } from "./store";
import type { TaskRunner } from "./task-runner";

/** What every group of actions works with: the board, the state and the task runner. */
export interface SessionContext {
  port: BoardPort;
  store: Store<PanelState>;
  tasks: TaskRunner;
}
