import type { CancelSignal } from "../../core/board/board-port";
import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { firstLineOf, IncompleteWriteError } from "../../core/board/incomplete-write-error";
import { CancelledError } from "../../core/board/ownership";
import { callErrorKind } from "./call-error";
import type { MiroBoardItem } from "./miro-item-types";
import type { MiroSession } from "./miro-session";
import { orderedPool, type PoolOutcome } from "./ordered-pool";

/**
 * Ends a write the way the port promises. When it stopped (cancelled, or the board gave up on a
 * call), what it made stays, but an item created and not yet marked would be an orphan that no
 * later run could tell from a user's: it is removed first (`removeUnmarked`). Then a failure
 * rejects with IncompleteWriteError and a cancel with CancelledError, each with the count of
 * changes made; an item that could not be removed makes even a cancel an IncompleteWriteError
 * naming it, so it is not left unsaid.
 */
export async function endWrite(
  session: MiroSession,
  outcome: PoolOutcome<unknown>,
  total: number,
  unmarked: ReadonlySet<MiroBoardItem> = new Set(),
): Promise<void> {
  if (!outcome.failed && !outcome.cancelled) return;
  const left = await removeUnmarked(session, [...unmarked]);
  if (outcome.failed) {
    throw new IncompleteWriteError(outcome.done, total, reasonOf(outcome.failure), left.ids);
  }
  if (left.ids.length > 0) {
    throw new IncompleteWriteError(outcome.done, total, left.reason, left.ids);
  }
  throw new CancelledError(outcome.done);
}

/** The first line of what stopped a write: a give-up's own cause, not its wrapping. */
function reasonOf(failure: unknown): string {
  return failure instanceof BoardUnavailableError ? failure.reason : firstLineOf(failure);
}

/**
 * Removes the views, `concurrency` at a time, all within `cleanupGiveUpAfterMs`: a rate limit's
 * backoff or a full budget is waited out only until then. Never rejects: says which items are
 * still there (an item already gone counts as removed) and the first line of why.
 */
async function removeUnmarked(
  session: MiroSession,
  views: readonly MiroBoardItem[],
): Promise<{ ids: string[]; reason: string }> {
  const { now, cleanupGiveUpAfterMs, concurrency } = session.settings;
  const deadline = now() + cleanupGiveUpAfterMs;
  const late: CancelSignal = {
    get aborted() {
      return now() >= deadline;
    },
  };
  const stuck = new Set<MiroBoardItem>();
  let reason = "";
  await orderedPool(
    views,
    async (view) => {
      try {
        await session.runner.run(() => session.api.remove(view), late);
      } catch (error) {
        if (callErrorKind(error) === "not-found") return;
        stuck.add(view);
        reason ||=
          error instanceof CancelledError
            ? `the board did not take a removal within ${Math.round(cleanupGiveUpAfterMs / 1000)} s`
            : reasonOf(error);
      }
    },
    { concurrency },
  );
  return { ids: views.filter((view) => stuck.has(view)).map((view) => view.id), reason };
}
