/**
 * Raised when the board's host did not answer a call in time: the host page was closed or
 * reloaded, or it hangs. Reloading the panel connects it again.
 */
export class BoardTimeoutError extends Error {
  constructor(
    /** The port method, or `hello` for the handshake. */
    readonly method: string,
    readonly timeoutMs: number,
  ) {
    const seconds = Math.round(timeoutMs / 100) / 10;
    super(
      `the board did not answer within ${seconds} s (${method}); reload the panel and try again`,
    );
    this.name = "BoardTimeoutError";
  }
}
