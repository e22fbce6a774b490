import type { BoardItem } from "../board/board-item";
import type { ItemDraft, ItemPatch } from "../board/board-port";
import { sameFill } from "./same-fill";

/** Half a board unit: closer than this counts as the same place or size. */
const TOLERANCE = 0.5;

const differs = (a: number, b: number) => Math.abs(a - b) > TOLERANCE;

/**
 * The patch that brings one of the app's items to what is wanted, or null when it already is.
 * `at` is where its centre should be, or null to leave it where it stands; a new size then
 * keeps the item's top-left corner, so a list that grows grows downwards.
 */
export function itemPatch(
  found: BoardItem,
  wanted: ItemDraft,
  at: { x: number; y: number } | null,
): ItemPatch | null {
  const patch: ItemPatch = { id: found.id };
  if (found.text !== wanted.text) patch.text = wanted.text;
  if (!sameFill(wanted.fill, found.fill)) patch.fill = wanted.fill;
  if (found.kind === "card" && (found.due ?? null) !== (wanted.due ?? null)) {
    patch.due = wanted.due ?? null;
  }
  if (wanted.kind !== "connector") {
    const resized = differs(found.width, wanted.width) || differs(found.height, wanted.height);
    if (resized) {
      patch.width = wanted.width;
      patch.height = wanted.height;
    }
    const centre = at ?? {
      x: found.x - found.width / 2 + wanted.width / 2,
      y: found.y - found.height / 2 + wanted.height / 2,
    };
    if (differs(found.x, centre.x)) patch.x = centre.x;
    if (differs(found.y, centre.y)) patch.y = centre.y;
  }
  return Object.keys(patch).length > 1 ? patch : null;
}
