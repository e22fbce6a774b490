import type { MiroItem } from "./miro-api";
import { isPlaced, type MiroPlacedItem } from "./miro-item-types";

type Point = { x: number; y: number };

/** Frames nest a few deep; a longer chain of parents is a loop. */
const MAX_NESTING = 32;

/**
 * The board centre of every item in `views`. Miro gives a frame child's x and y relative to its
 * frame's top-left corner, so a child's centre is its frame's top-left plus its own x and y,
 * frame by frame up to the board. A frame is looked up among the views, else by `lookUp` (null
 * when it is gone); an item whose frame cannot be found, or whose frames hold each other in a
 * loop, is read as if it sat on the board itself. Connectors have no place: 0,0.
 */
export async function boardCentres(
  views: readonly MiroItem[],
  lookUp: (id: string) => Promise<MiroItem | null>,
): Promise<Map<string, Point>> {
  const byId = new Map(views.map((view) => [view.id, view]));
  await fetchFrames(views, byId, lookUp);
  const centres = new Map<string, Point>();
  const looped = framesInLoops(byId);

  const centreOf = (view: MiroPlacedItem): Point => {
    const known = centres.get(view.id);
    if (known) return known;
    const own = { x: view.x, y: view.y };
    const frame = view.parentId ? byId.get(view.parentId) : undefined;
    if (!frame || !isPlaced(frame) || looped.has(view.id)) return own;
    const origin = centreOf(frame);
    const centre = {
      x: origin.x - frame.width / 2 + view.x,
      y: origin.y - frame.height / 2 + view.y,
    };
    centres.set(view.id, centre);
    return centre;
  };

  return new Map(views.map((view) => [view.id, isPlaced(view) ? centreOf(view) : { x: 0, y: 0 }]));
}

/** Puts into `byId` every frame the views sit in, however deep, that the views do not hold. */
async function fetchFrames(
  views: readonly MiroItem[],
  byId: Map<string, MiroItem>,
  lookUp: (id: string) => Promise<MiroItem | null>,
): Promise<void> {
  const tried = new Set<string>();
  const parentOf = (item: MiroItem | undefined) => (item && isPlaced(item) ? item.parentId : null);
  for (const view of views) {
    let parentId = parentOf(view);
    for (let depth = 0; parentId && depth < MAX_NESTING; depth++) {
      if (!byId.has(parentId)) {
        if (tried.has(parentId)) break;
        tried.add(parentId);
        const found = await lookUp(parentId);
        if (!found) break;
        byId.set(parentId, found);
      }
      parentId = parentOf(byId.get(parentId));
    }
  }
}

/** The items whose chain of frames comes back to themselves. */
function framesInLoops(byId: ReadonlyMap<string, MiroItem>): Set<string> {
  const looped = new Set<string>();
  for (const start of byId.values()) {
    const chain: string[] = [];
    for (let item = byId.get(start.id); item && isPlaced(item); ) {
      const at = chain.indexOf(item.id);
      if (at >= 0) {
        for (const id of chain.slice(at)) looped.add(id);
        break;
      }
      if (chain.length > MAX_NESTING) break;
      chain.push(item.id);
      item = item.parentId ? byId.get(item.parentId) : undefined;
    }
  }
  return looped;
}
