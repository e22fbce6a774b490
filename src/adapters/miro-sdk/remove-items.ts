import type { BatchOptions } from "../../core/board/board-port";
import { HoldsUserItemsError } from "../../core/board/ownership";
import { callErrorKind } from "./call-error";
import { endWrite } from "./end-write";
import { MIRO_READ_TYPES } from "./miro-api";
import { isBoardItem, isFrame, type MiroBoardItem } from "./miro-item-types";
import type { MiroSession } from "./miro-session";
import { orderedPool } from "./ordered-pool";
import { ownedViews } from "./owned-views";
import { readMarks } from "./read-marks";

/**
 * Removes the app's own items: all checked first (`ownedViews`), and a frame of the app's that
 * holds a user's item, however deep, refused with HoldsUserItemsError before anything changes.
 * Miro removes a frame with everything in it, so the app's own items in a frame that are not
 * being removed are first taken out of it (`frame.remove`), staying where they are.
 * Gone items: the check looks on the board only for what the session does not already know, so
 * an id it never saw that is not on the board is refused (MissingItemError, as the port's
 * contract asks), while an item it read or made that is gone by the time of its own removal (a
 * user deleted it after the read, or its frame took it along) counts as removed.
 */
export async function removeItems(
  session: MiroSession,
  ids: readonly string[],
  options: BatchOptions = {},
): Promise<void> {
  const views = await ownedViews(session, ids);
  const keep = await keptChildren(session, [...views.values()], new Set(ids));
  const { runner, api } = session;
  const signal = options.signal;
  const goneAnyway = (error: unknown) => {
    if (callErrorKind(error) !== "not-found") throw error;
  };
  const outcome = await orderedPool(
    ids,
    async (id, _, stop) => {
      const view = views.get(id);
      if (!view) return;
      if (isFrame(view)) {
        for (const child of keep.get(id) ?? []) {
          await runner.run(() => view.remove(child), stop).catch(goneAnyway);
        }
      }
      await runner.run(() => api.remove(view), stop).catch(goneAnyway);
      session.views.delete(id);
    },
    {
      concurrency: session.settings.concurrency,
      ...(signal ? { signal } : {}),
      onDone: (done) => options.onProgress?.({ done, total: ids.length }),
    },
  );
  await endWrite(session, outcome, ids.length);
}

/**
 * For each frame to remove, the app's items directly in it that stay; throws when one holds an
 * item that is not the app's and not being removed. Reads the board once, and only for frames.
 */
async function keptChildren(
  session: MiroSession,
  views: readonly MiroBoardItem[],
  removing: ReadonlySet<string>,
): Promise<Map<string, MiroBoardItem[]>> {
  const frames = views.filter(isFrame);
  const kept = new Map<string, MiroBoardItem[]>();
  if (frames.length === 0) return kept;
  const listed = await session.runner.run(() => session.api.get({ type: [...MIRO_READ_TYPES] }));
  const board = listed.filter(isBoardItem);
  const parentOf = new Map(board.map((item) => [item.id, item.parentId ?? null]));
  const gone = await readMarks(session, board);
  const present = board.filter((item) => !gone.has(item.id));
  for (const frame of frames) {
    const inside = present.filter((item) => holds(parentOf, frame.id, item.id));
    const held = inside.filter(
      (item) => session.marks.known(item.id) === null && !removing.has(item.id),
    );
    if (held.length > 0) {
      throw new HoldsUserItemsError(
        frame.id,
        held.map((item) => item.id),
      );
    }
    kept.set(
      frame.id,
      inside.filter((item) => item.parentId === frame.id && !removing.has(item.id)),
    );
  }
  return kept;
}

/** Whether the frame holds the item, however deep; a loop of parents ends the search. */
function holds(parentOf: ReadonlyMap<string, string | null>, frameId: string, id: string): boolean {
  const seen = new Set<string>();
  for (let at = parentOf.get(id) ?? null; at && !seen.has(at); at = parentOf.get(at) ?? null) {
    if (at === frameId) return true;
    seen.add(at);
  }
  return false;
}
