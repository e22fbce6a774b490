import type { BoardItem } from "../../core/board/board-item";
import type { BoardScope } from "../../core/board/board-port";
import { boardCentres } from "./board-centres";
import { boardItemOf } from "./board-item-of-view";
import { MIRO_READ_TYPES } from "./miro-api";
import { isBoardItem, isCard, isSticky, isTag, type MiroBoardItem } from "./miro-item-types";
import { lookUp, type MiroSession } from "./miro-session";
import { readMarks } from "./read-marks";

/**
 * The items of a scope as the port's plain records, in board coordinates, with the app's marks:
 * - the board: one `get` of every type the app reads;
 * - the selection: `getSelection`, the items the user picked (as on every board of the port,
 *   a selected frame is itself; the panel reads what it holds with a container scope);
 * - a container: what sits in the frame however deep, not the frame itself.
 * Besides, a call per item whose mark the session has not read yet, a `getById` per frame the
 * scope does not hold, and one `get` of the tags when an item carries any.
 */
export async function readItems(session: MiroSession, scope: BoardScope): Promise<BoardItem[]> {
  const views = await viewsIn(session, scope);
  const centres = await boardCentres(views, (id) => lookUp(session, id));
  const gone = await readMarks(session, views);
  // Deleted since the list: no later write or view should count on them.
  for (const id of gone) session.views.delete(id);
  const tagTitle = await tagTitles(session, views);
  return views
    .filter((view) => !gone.has(view.id))
    .map((view) =>
      boardItemOf(view, {
        centre: centres.get(view.id) ?? { x: 0, y: 0 },
        mark: session.marks.known(view.id) ?? null,
        tagTitle,
      }),
    );
}

async function viewsIn(session: MiroSession, scope: BoardScope): Promise<MiroBoardItem[]> {
  if (scope.kind === "selection") {
    const selected = await session.runner.run(() => session.api.getSelection());
    const views = selected.filter(isBoardItem);
    for (const view of views) session.views.set(view.id, view);
    return views;
  }
  const listed = await session.runner.run(() => session.api.get({ type: [...MIRO_READ_TYPES] }));
  const views = listed.filter(isBoardItem);
  // What the board lists now replaces what the session knew: deleted items drop out.
  session.views = new Map(views.map((view) => [view.id, view]));
  return scope.kind === "board" ? views : views.filter((view) => isIn(session, view, scope.id));
}

/** Whether the view sits in the container, however deep; a loop of frames ends the search. */
function isIn(session: MiroSession, view: MiroBoardItem, containerId: string): boolean {
  const seen = new Set<string>();
  for (let at = view.parentId; at && !seen.has(at); at = session.views.get(at)?.parentId ?? null) {
    if (at === containerId) return true;
    seen.add(at);
  }
  return false;
}

/** Tag titles by id, read with one call, and only when an item of the read carries a tag. */
async function tagTitles(
  session: MiroSession,
  views: readonly MiroBoardItem[],
): Promise<(id: string) => string | undefined> {
  const tagged = views.some((view) => (isSticky(view) || isCard(view)) && view.tagIds?.length);
  if (!tagged) return () => undefined;
  const tags = await session.runner.run(() => session.api.get({ type: ["tag"] }));
  const titles = new Map(tags.filter(isTag).map((tag) => [tag.id, tag.title]));
  return (id) => titles.get(id);
}
