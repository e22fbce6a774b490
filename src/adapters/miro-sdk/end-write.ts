import { firstLineOf, IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { CancelledError } from "../../core/board/ownership";
import type { MiroBoardItem } from "./miro-item-types";
import type { MiroSession } from "./miro-session";
import type { PoolOutcome } from "./ordered-pool";

/**
 * Ends a write the way the port promises. When it stopped (cancelled, or the board gave up on a
 * call), what it made stays, but an item created and not yet marked would be an orphan that no
 * later run could tell from a user's: it is removed first, as far as the board lets it. Then a
 * cancel rejects with CancelledError and a failure with IncompleteWriteError, each with the
 * count of changes made.
 */
export async function endWrite(
  session: MiroSession,
  outcome: PoolOutcome<unknown>,
  total: number,
  unmarked: ReadonlySet<MiroBoardItem> = new Set(),
): Promise<void> {
  if (!outcome.failed && !outcome.cancelled) return;
  for (const view of unmarked) {
    try {
      await session.runner.run(() => session.api.remove(view));
    } catch {
      // Gone already, or the board will not take even this: nothing more to do here.
    }
  }
  if (outcome.failed) {
    throw new IncompleteWriteError(outcome.done, total, firstLineOf(outcome.failure));
  }
  throw new CancelledError(outcome.done);
}
