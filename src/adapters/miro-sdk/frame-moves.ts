import type { ItemPatch } from "../../core/board/board-port";
import { isFrame, isPlaced, type MiroBoardItem } from "./miro-item-types";
import { lookUpAll, type MiroSession } from "./miro-session";
import { readMarks } from "./read-marks";

type Point = { x: number; y: number };

/** How a batch's frames move, and what the items in them must do about it. */
export interface FrameMoves {
  /** Frames whose centre moves: they go after every other change of the batch. */
  movers: Set<string>;
  /**
   * How far each of the app's items in a moving frame goes before its frame moves: Miro moves a
   * frame's contents along with it, so they go the other way first and land where asked.
   */
  counter: Map<string, Point>;
  /** Frames holding a user's item: resized about their centre, never moved with it. */
  anchored: Set<string>;
}

/**
 * Works out what moving the batch's frames does to what they hold. A frame patch that changes
 * the frame's centre (a resize that keeps its top-left corner does) would take everything in it
 * along; the app's own items are countered, and a frame that holds a user's item is not moved,
 * only resized, so no user's item moves. Each moving frame is read afresh (a call), for what it
 * holds now, items made since the last read among it.
 */
export async function frameMoves(
  session: MiroSession,
  patches: readonly ItemPatch[],
  views: ReadonlyMap<string, MiroBoardItem>,
): Promise<FrameMoves> {
  const moves: FrameMoves = { movers: new Set(), counter: new Map(), anchored: new Set() };
  for (const patch of patches) {
    const frame = views.get(patch.id);
    if (!frame || !isFrame(frame) || frame.parentId) continue;
    const d = { x: (patch.x ?? frame.x) - frame.x, y: (patch.y ?? frame.y) - frame.y };
    if (d.x === 0 && d.y === 0) continue;
    const now = await session.runner.run(() => session.api.getById(frame.id));
    const childIds = isFrame(now) ? now.childrenIds : [];
    const found = await lookUpAll(session, childIds);
    const inside = found.flatMap((item) => (item && isPlaced(item) ? [item] : []));
    const gone = await readMarks(session, inside);
    const held = inside.filter((item) => !gone.has(item.id));
    if (held.some((item) => !session.marks.known(item.id))) {
      moves.anchored.add(frame.id);
      continue;
    }
    moves.movers.add(frame.id);
    for (const item of held) moves.counter.set(item.id, { x: -d.x, y: -d.y });
  }
  return moves;
}
