import { type ItemLook, sameLook } from "./item-look";

/** What a redraw has to do to the drawn items: add, change and remove, by id. */
export interface LookDiff {
  added: ItemLook[];
  changed: ItemLook[];
  removed: string[];
}

/**
 * Compares the drawn looks with the board's looks now. Only what differs is touched, so a
 * change to one note on a board of hundreds updates one element.
 */
export function diffLooks(
  drawn: ReadonlyMap<string, ItemLook>,
  next: readonly ItemLook[],
): LookDiff {
  const added: ItemLook[] = [];
  const changed: ItemLook[] = [];
  const seen = new Set<string>();
  for (const look of next) {
    seen.add(look.id);
    const before = drawn.get(look.id);
    if (!before) added.push(look);
    else if (!sameLook(before, look)) changed.push(look);
  }
  const removed = [...drawn.keys()].filter((id) => !seen.has(id));
  return { added, changed, removed };
}
