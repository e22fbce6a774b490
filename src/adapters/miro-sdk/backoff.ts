/** An exponential backoff: the first wait's ceiling and the ceiling none exceeds. */
export interface Backoff {
  baseMs: number;
  capMs: number;
}

/**
 * How long to wait before retry number `attempt` (0 for the first): "full jitter", a random
 * time up to the exponential ceiling, so clients that failed together do not retry together.
 */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
