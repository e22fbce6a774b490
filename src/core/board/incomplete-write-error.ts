/**
 * Raised when the board stopped taking a write part way (it kept failing, or kept refusing for
 * its rate limit, past every retry). What was written stays, marked as the app's, and nothing
 * half-made is left behind, so running the same task again finishes the work.
 */
export class IncompleteWriteError extends Error {
  /**
   * @param done the changes of the write that were made
   * @param total the changes the write was asked to make
   * @param reason the first line of the board's last error
   */
  constructor(
    readonly done: number,
    readonly total: number,
    readonly reason: string,
  ) {
    super(
      `the board stopped taking changes (${reason}): ${done} of ${total} change(s) were made; run the task again to finish it`,
    );
    this.name = "IncompleteWriteError";
  }
}

/** The first line of an error's message: what a person needs, never a stack. */
export function firstLineOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() ?? "";
}
