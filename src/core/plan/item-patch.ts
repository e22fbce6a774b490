import type { BoardItem } from "../board/board-item";
import type { ItemDraft, ItemPatch } from "../board/board-port";
import type { Platform } from "../colour/named-colour";
import { sameFill } from "./same-fill";
import { resizable, sidesSet } from "./sides-set";

/** Half a board unit: closer than this counts as the same place or size. */
const TOLERANCE = 0.5;

const differs = (a: number, b: number) => Math.abs(a - b) > TOLERANCE;

/**
 * Whether the item has another size than wanted on a side the app sets, where the platform cannot
 * change it (`resizable`): such an item is made anew.
 */
export function needsRemaking(found: BoardItem, wanted: ItemDraft, platform: Platform): boolean {
  if (wanted.kind === "connector" || resizable(platform, found.kind)) return false;
  const sets = sidesSet(platform, found.kind);
  return (
    (sets.width && differs(found.width, wanted.width)) ||
    (sets.height && differs(found.height, wanted.height))
  );
}

/**
 * The patch that brings one of the app's items to what is wanted, or null when it already is.
 * `at` is where its centre should be, or null to leave it where it stands; a new size then
 * keeps the item's top-left corner, so a list that grows grows downwards. Only the sides the
 * platform lets the app set are compared (`sidesSet`): one the platform works out stays as it is.
 */
export function itemPatch(
  found: BoardItem,
  wanted: ItemDraft,
  at: { x: number; y: number } | null,
  platform: Platform,
): ItemPatch | null {
  const patch: ItemPatch = { id: found.id };
  if (found.text !== wanted.text) patch.text = wanted.text;
  if (!sameFill(wanted.fill, found.fill)) patch.fill = wanted.fill;
  if (found.kind === "card" && (found.due ?? null) !== (wanted.due ?? null)) {
    patch.due = wanted.due ?? null;
  }
  if (wanted.kind !== "connector") {
    const sets = sidesSet(platform, found.kind);
    const width = sets.width ? wanted.width : found.width;
    const height = sets.height ? wanted.height : found.height;
    if (differs(found.width, width) || differs(found.height, height)) {
      patch.width = width;
      patch.height = height;
    }
    const centre = at ?? {
      x: found.x - found.width / 2 + width / 2,
      y: found.y - found.height / 2 + height / 2,
    };
    if (differs(found.x, centre.x)) patch.x = centre.x;
    if (differs(found.y, centre.y)) patch.y = centre.y;
  }
  return Object.keys(patch).length > 1 ? patch : null;
}
