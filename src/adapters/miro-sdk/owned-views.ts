import type { BoardItem } from "../../core/board/board-item";
import { assertAppOwned } from "../../core/board/ownership";
import { boardItemOf } from "./board-item-of-view";
import { isBoardItem, type MiroBoardItem } from "./miro-item-types";
import { lookUpAll, type MiroSession } from "./miro-session";
import { readMarks } from "./read-marks";

/**
 * The views of the items a write is about to change, checked before anything changes: every id
 * must be on the board (else MissingItemError) and the app's (else NotAppOwnedError). Views
 * come from the session where it has them, else from the board, `concurrency` at a time.
 */
export async function ownedViews(
  session: MiroSession,
  ids: readonly string[],
): Promise<Map<string, MiroBoardItem>> {
  const unique = [...new Set(ids)];
  const found = await lookUpAll(session, unique);
  const views = found.flatMap((view) => (view && isBoardItem(view) ? [view] : []));
  const gone = await readMarks(session, views);
  const byId = new Map<string, MiroBoardItem>();
  const items = new Map<string, BoardItem>();
  for (const view of views) {
    if (gone.has(view.id)) continue;
    byId.set(view.id, view);
    const mark = session.marks.known(view.id) ?? null;
    items.set(
      view.id,
      boardItemOf(view, { centre: { x: 0, y: 0 }, mark, tagTitle: () => undefined }),
    );
  }
  assertAppOwned(ids, (id) => items.get(id));
  return byId;
}
