/**
 * Raised when the board does not answer, or refuses for now, a call outside a batch write (a
 * read, a look for free space, the app's board data, the view): it kept failing past every
 * retry, or kept refusing for its rate limit past the give-up time. It is the board's state, not
 * the task's: waiting a minute and trying again is what helps. A batch write that stops so says
 * IncompleteWriteError instead, with what it made.
 */
export class BoardUnavailableError extends Error {
  /** @param reason the first line of the board's last error */
  constructor(readonly reason: string) {
    super(`the board is not answering just now (${reason}); wait a minute, then try again`);
    this.name = "BoardUnavailableError";
  }
}
