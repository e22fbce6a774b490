import type { Schedule } from "./figjam-plugin-options";

/**
 * Makes each of the app's tasks one undo step in FigJam. FigJam gathers a plugin's changes into
 * one undo step until `figma.commitUndo()`; the port has no "task ended" call, and a task is
 * several port calls (a write-back removes, creates, then updates; a template also keeps its
 * board data), so a task is taken as ended once no port call has run for `quietMs`: only then
 * are the changes since the last step committed. A call that starts within the quiet time
 * belongs to the same task and puts the commit off again.
 */
export class UndoSteps {
  private running = 0;
  private changed = false;
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly commitUndo: () => void,
    private readonly schedule: Schedule,
    private readonly quietMs: number,
  ) {}

  /** Runs one port call as part of the current task. */
  async around<R>(call: () => Promise<R>): Promise<R> {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.running += 1;
    try {
      return await call();
    } finally {
      this.running -= 1;
      if (this.running === 0 && this.changed) {
        this.cancelTimer = this.schedule(() => this.commit(), this.quietMs);
      }
    }
  }

  /** Says the board changed: the task's undo step has something in it. */
  noteChange(): void {
    this.changed = true;
  }

  /** Ends the undo step now, if anything changed since the last one. */
  commit(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (!this.changed) return;
    this.changed = false;
    this.commitUndo();
  }
}
