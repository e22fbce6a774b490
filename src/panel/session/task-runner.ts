import type { Progress } from "../../core/board/board-port";
import { describeError, isCancel } from "./panel-error";
import type { PanelState, TaskKind } from "./panel-state";
import type { Store } from "./store";

/** What a running task gets: the user's Cancel, and a way to report progress. */
export interface TaskControl {
  signal: AbortSignal;
  onProgress: (progress: Progress) => void;
}

/** Runs one task at a time, keeping its progress, its Cancel and its outcome in the store. */
export interface TaskRunner {
  /**
   * Runs the work as the panel's task. Resolves with its result, or undefined when it failed,
   * was stopped, or another task was running; the store then holds what to tell the user.
   */
  run<T>(kind: TaskKind, work: (control: TaskControl) => Promise<T>): Promise<T | undefined>;
  /** Stops the running task between two batches; what was written stays. */
  cancel(): void;
}

export function createTaskRunner(store: Store<PanelState>): TaskRunner {
  let controller: AbortController | null = null;
  return {
    async run(kind, work) {
      if (controller !== null) return undefined;
      const own = new AbortController();
      controller = own;
      store.set({ task: { kind, progress: null }, report: null, error: null });
      const onProgress = (progress: Progress) => {
        if (controller === own) store.set({ task: { kind, progress: { ...progress } } });
      };
      try {
        return await work({ signal: own.signal, onProgress });
      } catch (error) {
        if (isCancel(error)) store.set({ report: { kind: "stopped" } });
        else store.set({ error: describeError(error) });
        return undefined;
      } finally {
        controller = null;
        store.set({ task: null });
      }
    },
    cancel() {
      controller?.abort();
    },
  };
}
