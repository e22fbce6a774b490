/** Why the emulator turned a call down, as its meter counts them. */
export type RejectionKind = "rateLimit" | "failure" | "notFound" | "invalid";

/**
 * An error of the emulated Miro. Real Miro's error shapes are unverified, so the adapter must read
 * them by shape (a message with "rate limit" or "not found", a `status` of 429), never by this
 * class or its `kind`, which only the emulator's own meter and tests use.
 */
export class EmulatedMiroError extends Error {
  readonly kind: RejectionKind;
  readonly status: number | undefined;

  constructor(kind: RejectionKind, message: string, status?: number) {
    super(message);
    this.name = "Error";
    this.kind = kind;
    this.status = status;
  }
}

/** Over the credit limit, or in a burst of rate-limit faults: nothing was done or charged. */
export function rateLimitError(detail: string): EmulatedMiroError {
  return new EmulatedMiroError("rateLimit", `API rate limit exceeded: ${detail}`, 429);
}

/** The item (or frame) a call names is not on the board. */
export function notFoundError(id: string): EmulatedMiroError {
  return new EmulatedMiroError("notFound", `Item ${id} not found on the board`);
}

/** A random failure injected by the emulator's faults: nothing was done. */
export function failureError(): EmulatedMiroError {
  return new EmulatedMiroError("failure", "Internal error, please try again");
}

/** A call Miro would refuse for its arguments (both width and height on a sticky...). */
export function invalidError(message: string): EmulatedMiroError {
  return new EmulatedMiroError("invalid", message);
}

/** The kind of a rejection, for the meter: anything not the emulator's own counts as invalid. */
export function rejectionKindOf(error: unknown): RejectionKind {
  return error instanceof EmulatedMiroError ? error.kind : "invalid";
}
