import { firstLineOf, IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { CancelledError } from "../../core/board/ownership";
import type { ChunkOutcome } from "./chunked-run";
import { attempt, type FigJamSession, isGoneError } from "./figjam-session";
import type { FigmaSceneNode } from "./figma-api";

/**
 * Ends a write the way the port promises. When it stopped (cancelled, or a call failed past its
 * tries), what it made stays, marked; a node made and not yet marked would be an orphan no
 * later run could tell from a person's, so it is removed first. Then a failure rejects with
 * IncompleteWriteError and a cancel with CancelledError, each with the count of changes made; a
 * node that could not be removed makes even a cancel an IncompleteWriteError naming it.
 */
export function endWrite(
  session: FigJamSession,
  outcome: ChunkOutcome<unknown>,
  total: number,
  unmarked: ReadonlySet<FigmaSceneNode> = new Set(),
): void {
  if (!outcome.failed && !outcome.cancelled) return;
  const stuck: string[] = [];
  let reason = "";
  for (const node of unmarked) {
    try {
      attempt(session, () => node.remove());
    } catch (error) {
      if (isGoneError(error)) continue;
      stuck.push(node.id);
      reason ||= firstLineOf(error);
    }
  }
  if (outcome.failed) {
    throw new IncompleteWriteError(outcome.done, total, firstLineOf(outcome.failure), stuck);
  }
  if (stuck.length > 0) throw new IncompleteWriteError(outcome.done, total, reason, stuck);
  throw new CancelledError(outcome.done);
}
