/**
 * Raised when the board stopped taking a write part way (it kept failing, or kept refusing for
 * its rate limit, past every retry). What was written stays, marked as the app's, and what was
 * made but not yet marked is removed, so running the same task again finishes the work. An item
 * made and left unmarked because the board would not take even its removal is named: no later
 * run can tell it from a person's, so a person must delete it.
 */
export class IncompleteWriteError extends Error {
  /**
   * @param done the changes of the write that were made
   * @param total the changes the write was asked to make
   * @param reason the first line of the board's last error
   * @param unmarkedIds items the write made, could not mark, and could not remove either
   */
  constructor(
    readonly done: number,
    readonly total: number,
    readonly reason: string,
    readonly unmarkedIds: readonly string[] = [],
  ) {
    const left =
      unmarkedIds.length > 0
        ? `; ${unmarkedIds.length} item(s) it made could not be marked as the app's nor removed (${unmarkedIds.slice(0, 5).join(", ")}): delete them by hand, a re-run makes them again`
        : "";
    super(
      `the board stopped taking changes (${reason}): ${done} of ${total} change(s) were made; run the task again to finish it${left}`,
    );
    this.name = "IncompleteWriteError";
  }
}

/** The first line of an error's message: what a person needs, never a stack. */
export function firstLineOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() ?? "";
}
