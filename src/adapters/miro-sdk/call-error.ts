/** What the adapter does about a failed SDK call. */
export type CallErrorKind = "rate-limit" | "not-found" | "other";

const RATE_LIMIT = /rate.?limit|too many requests/i;
const NOT_FOUND = /not.?found|does not exist|no such item/i;

function fieldOf(error: unknown, name: string): unknown {
  return typeof error === "object" && error !== null ? Reflect.get(error, name) : undefined;
}

/**
 * Classifies an SDK rejection by its shape, not by one exact string: Miro does not document the
 * errors a client sees, so a 429 status or code, or a message about rate limits or too many
 * requests, is a rate limit; a 404 or a message saying the item is not found is a not-found.
 */
export function callErrorKind(error: unknown): CallErrorKind {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const status = [fieldOf(error, "status"), fieldOf(error, "code"), fieldOf(error, "statusCode")];
  const is = (code: number) => status.some((value) => value === code || value === String(code));
  if (is(429) || RATE_LIMIT.test(message)) return "rate-limit";
  if (is(404) || NOT_FOUND.test(message)) return "not-found";
  return "other";
}
