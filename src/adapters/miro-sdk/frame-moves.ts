import type { ItemPatch } from "../../core/board/board-port";
import { isFrame, isPlaced, type MiroBoardItem, type MiroPlacedItem } from "./miro-item-types";
import { lookUpAll, type MiroSession } from "./miro-session";
import { readMarks } from "./read-marks";

type Point = { x: number; y: number };
type Size = { width: number; height: number };

/** How a batch's frames move, and what the items in them must do about it. */
export interface FrameMoves {
  /** Frames whose centre moves: they go after every other change of the batch. */
  movers: Set<string>;
  /**
   * How far each of the app's items in a moving frame goes before its frame moves: Miro moves a
   * frame's contents along with it, so they go the other way first and land where asked.
   */
  counter: Map<string, Point>;
  /**
   * Frames holding a user's item, never moved with it: resized about their centre, to the size
   * asked, or to the least that still holds the users' items where they are.
   */
  anchored: Map<string, Size>;
  /**
   * How far each of the app's items in an anchored frame goes from where it was asked to: the
   * frame's top-left corner lands elsewhere than asked, and what the app laid out in the frame
   * keeps its place in it (as a later run's plan finds it, following the frame).
   */
  follow: Map<string, Point>;
}

/**
 * Works out what moving the batch's frames does to what they hold. A frame patch that changes
 * the frame's centre (a resize that keeps its top-left corner does) would take everything in it
 * along; the app's own items are countered, and a frame that holds a user's item is not moved,
 * only resized, so no user's item moves. Each such frame is read afresh (a call), for what it
 * holds now, items made since the last read among it.
 */
export async function frameMoves(
  session: MiroSession,
  patches: readonly ItemPatch[],
  views: ReadonlyMap<string, MiroBoardItem>,
): Promise<FrameMoves> {
  const moves: FrameMoves = {
    movers: new Set(),
    counter: new Map(),
    anchored: new Map(),
    follow: new Map(),
  };
  for (const patch of patches) {
    const frame = views.get(patch.id);
    if (!frame || !isFrame(frame) || frame.parentId) continue;
    const d = { x: (patch.x ?? frame.x) - frame.x, y: (patch.y ?? frame.y) - frame.y };
    const shrinks =
      (patch.width ?? frame.width) < frame.width || (patch.height ?? frame.height) < frame.height;
    if (d.x === 0 && d.y === 0 && !shrinks) continue;
    const now = await session.runner.run(() => session.api.getById(frame.id));
    const childIds = isFrame(now) ? now.childrenIds : [];
    const found = await lookUpAll(session, childIds);
    const inside = found.flatMap((item) => (item && isPlaced(item) ? [item] : []));
    const gone = await readMarks(session, inside);
    const held = inside.filter((item) => !gone.has(item.id));
    const users = held.filter((item) => !session.marks.known(item.id));
    const own = held.filter((item) => session.marks.known(item.id));
    if (users.length > 0) {
      const box = isFrame(now) ? now : frame;
      const asked = { width: patch.width ?? box.width, height: patch.height ?? box.height };
      const size = {
        width: Math.max(asked.width, reach(users, box.width, "x", "width")),
        height: Math.max(asked.height, reach(users, box.height, "y", "height")),
      };
      moves.anchored.set(frame.id, size);
      // Where the frame's top-left corner lands, against where the patch would have put it.
      const by = {
        x: -d.x - (size.width - asked.width) / 2,
        y: -d.y - (size.height - asked.height) / 2,
      };
      for (const item of own) moves.follow.set(item.id, by);
    } else if (d.x !== 0 || d.y !== 0) {
      moves.movers.add(frame.id);
      for (const item of own) moves.counter.set(item.id, { x: -d.x, y: -d.y });
    }
  }
  return moves;
}

/**
 * A patch as the batch's frames have it sent: an anchored frame's without its move and with the
 * size it may take; and how far the item goes besides, `by` in all, of which its frame's own
 * move brings back `undone`.
 */
export function framedPatch(
  moves: FrameMoves,
  patch: ItemPatch,
): { sent: ItemPatch; by: Point; undone: Point } {
  const size = moves.anchored.get(patch.id);
  const sent = size
    ? {
        ...patch,
        x: undefined,
        y: undefined,
        width: patch.width === undefined ? undefined : size.width,
        height: patch.height === undefined ? undefined : size.height,
      }
    : patch;
  const undone = moves.counter.get(patch.id) ?? { x: 0, y: 0 };
  const follow = moves.follow.get(patch.id) ?? { x: 0, y: 0 };
  return { sent, by: { x: undone.x + follow.x, y: undone.y + follow.y }, undone };
}

/**
 * The least size along one axis of a frame resized about its centre that holds the items whole
 * (their view positions are relative to its top-left corner); never more than it has.
 */
function reach(
  items: readonly MiroPlacedItem[],
  side: number,
  axis: "x" | "y",
  extent: "width" | "height",
): number {
  const half = Math.max(...items.map((item) => Math.abs(item[axis] - side / 2) + item[extent] / 2));
  return Math.min(side, 2 * half);
}
