/** A failure the user can act on: printed as one line, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2 for a wrong command line, 1 for input that cannot be used. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A wrong command line. */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}
