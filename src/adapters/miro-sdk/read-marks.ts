import { callErrorKind } from "./call-error";
import { MARK_KEY } from "./mark-cache";
import type { MiroBoardItem } from "./miro-item-types";
import type { MiroSession } from "./miro-session";
import { orderedPool } from "./ordered-pool";

/**
 * Reads the marks of the views the session has not seen before, `concurrency` calls at a time,
 * into the session's mark cache. Returns the ids of items deleted since they were listed (their
 * metadata was not found): a read leaves them out.
 */
export async function readMarks(
  session: MiroSession,
  views: readonly MiroBoardItem[],
): Promise<Set<string>> {
  const unseen = views.filter((view) => session.marks.known(view.id) === undefined);
  const gone = new Set<string>();
  const outcome = await orderedPool(
    unseen,
    async (view, _, stop) => {
      try {
        const stored = await session.runner.run(() => view.getMetadata(MARK_KEY), stop);
        session.marks.remember(view.id, stored);
      } catch (error) {
        if (callErrorKind(error) !== "not-found") throw error;
        gone.add(view.id);
      }
    },
    { concurrency: session.settings.concurrency },
  );
  if (outcome.failed) throw outcome.failure;
  return gone;
}
