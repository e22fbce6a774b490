import type { BoardItem } from "../../../core/board/board-item";
import type { MiroFrame, MiroItem, MiroStickyNote } from "../miro-api";

/** A user's sticky note on the open board: a square yellow one at (x, y) unless told. */
export function userNote(id: string, overrides: Partial<BoardItem> = {}): BoardItem {
  return {
    id,
    kind: "sticky",
    platformType: "sticky_note",
    text: `Note ${id}`,
    fill: "yellow",
    x: 0,
    y: 0,
    width: 199,
    height: 228,
    rotation: 0,
    parentId: null,
    mark: null,
    ...overrides,
  };
}

/** A user's frame, 1000 x 800 centred at (x, y) unless told. */
export function userFrame(id: string, overrides: Partial<BoardItem> = {}): BoardItem {
  return userNote(id, {
    kind: "frame",
    platformType: "frame",
    text: `Frame ${id}`,
    fill: "#ffffff",
    width: 1000,
    height: 800,
    ...overrides,
  });
}

/** What a promise settled as, for comparing whole runs. */
export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The item as a sticky note's view; throws for anything else. */
export function asNote(item: MiroItem): MiroStickyNote {
  if (item.type !== "sticky_note" || !("content" in item)) throw new Error(`${item.id} is no note`);
  return item;
}

/** The item as a frame's view; throws for anything else. */
export function asFrame(item: MiroItem): MiroFrame {
  if (item.type !== "frame" || !("childrenIds" in item)) throw new Error(`${item.id} is no frame`);
  return item;
}

/** A seeded random source as the emulator takes it. */
export { seededRandom as seeded } from "../../../corpus/random";
