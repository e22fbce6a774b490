import type { Rect } from "../../core/board/board-item";
import type { ViewTarget } from "../../core/board/board-port";
import { isPlaced } from "./miro-item-types";
import { lookUpAll, type MiroSession } from "./miro-session";

/**
 * Brings items (by `zoomTo`) or a region (by the viewport, top-left based as the port's is) into
 * view. Items no longer on the board are left out; with none left there is nothing to show.
 */
export async function bringIntoView(session: MiroSession, target: ViewTarget): Promise<void> {
  const { api, runner } = session;
  if ("rect" in target) {
    await runner.run(() => api.viewport.set({ viewport: { ...target.rect } }));
    return;
  }
  const found = await lookUpAll(session, target.ids);
  const items = found.flatMap((item) => (item && isPlaced(item) ? [item] : []));
  if (items.length > 0) await runner.run(() => api.viewport.zoomTo(items));
}

/**
 * A free region of the wanted size near the wanted place. The port's rects have x and y at the
 * top-left corner, Miro's `findEmptySpace` at the centre: converted both ways.
 */
export async function findEmptySpace(session: MiroSession, want: Rect): Promise<Rect> {
  const { width, height } = want;
  const centre = { x: want.x + width / 2, y: want.y + height / 2, width, height };
  const found = await session.runner.run(() => session.api.findEmptySpace(centre));
  return {
    x: found.x - found.width / 2,
    y: found.y - found.height / 2,
    width: found.width,
    height: found.height,
  };
}
