import type { CancelSignal } from "../../core/board/board-port";

interface AbortEvents {
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

function hasAbortEvents(signal: CancelSignal): signal is CancelSignal & AbortEvents {
  const events = signal as Partial<AbortEvents>;
  return (
    typeof events.addEventListener === "function" &&
    typeof events.removeEventListener === "function"
  );
}

/**
 * Calls `then` as soon as the signal is aborted, when it tells (an AbortSignal does); a plain
 * `{ aborted }` is looked at after each batch instead. Returns the function that stops watching.
 */
export function whenAborted(signal: CancelSignal | undefined, then: () => void): () => void {
  if (!signal || !hasAbortEvents(signal)) return () => {};
  signal.addEventListener("abort", then);
  return () => signal.removeEventListener("abort", then);
}
