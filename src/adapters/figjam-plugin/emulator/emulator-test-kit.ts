import { unknownMark } from "../../../core/board/app-items/app-mark";
import type { BoardItem } from "../../../core/board/board-item";

/** A person's sticky on the page: square, yellow, centred at (0, 0) unless told. */
export function userSticky(id: string, overrides: Partial<BoardItem> = {}): BoardItem {
  return {
    id,
    kind: "sticky",
    platformType: "STICKY",
    text: `Sticky ${id}`,
    fill: "figjam:yellow",
    x: 0,
    y: 0,
    width: 240,
    height: 240,
    rotation: 0,
    parentId: null,
    mark: null,
    ...overrides,
  };
}

/** A person's section, 1000 x 800 centred at (x, y) unless told. */
export function userSection(id: string, overrides: Partial<BoardItem> = {}): BoardItem {
  return userSticky(id, {
    kind: "frame",
    platformType: "SECTION",
    text: `Section ${id}`,
    fill: "#FFFFFF",
    width: 1000,
    height: 800,
    ...overrides,
  });
}

/** A mark of the app's, as an earlier run left it on a node. */
export function appMark(key: string): BoardItem["mark"] {
  return unknownMark(key, "g-1");
}

/** Yields to a timer, as a plugin yields between its chunks. */
export function yieldTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What a call came to, for comparing whole runs: "ok" or its error's message. */
export function outcome(call: () => unknown): string {
  try {
    call();
    return "ok";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A seeded random source as the emulator takes it. */
export { seededRandom as seeded } from "../../../corpus/random";
