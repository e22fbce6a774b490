/**
 * The plugin's undo history as FigJam keeps it: its changes gather into one undo step until
 * `figma.commitUndo()` closes the step (a commit with nothing since the last one adds none).
 */
export class UndoLog {
  /** The committed steps, each as the number of the plugin's changes in it. */
  readonly steps: number[] = [];
  /** The plugin's changes since the last commit. */
  uncommitted = 0;

  /** One call of the plugin's changed the document. */
  changed(): void {
    this.uncommitted++;
  }

  commit(): void {
    if (this.uncommitted === 0) return;
    this.steps.push(this.uncommitted);
    this.uncommitted = 0;
  }
}
