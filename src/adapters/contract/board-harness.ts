import type { BoardItem } from "../../core/board/board-item";
import type { BoardPort, ItemDraft } from "../../core/board/board-port";

/** A board under test, and a way to act as its users on it. */
export interface BoardHarness {
  board: BoardPort;
  /** Puts items on the board as a user would: items the app did not make. */
  addUserItems(items: BoardItem[]): void;
  /** Selects items as a user would. */
  select(ids: readonly string[]): void;
}

/** A user's sticky note, as any board would hold one. */
export const USER_NOTE: BoardItem = {
  id: "user-1",
  kind: "sticky",
  platformType: "sticky_note",
  text: "Lång väntetid i kassan",
  fill: "red",
  x: 100,
  y: 100,
  width: 199,
  height: 228,
  rotation: 0,
  parentId: null,
  mark: null,
};

/** A valid mark of the app's, as every draft of the contract carries: a tidy copy's note. */
export function contractMark(noteId: string): ItemDraft["mark"] {
  return {
    schemaVersion: 2,
    part: "tidy",
    role: "tidy-note",
    key: `tidy-note:${noteId}`,
    groupId: "t-contract",
  };
}

/** One of the app's drafts for the contract: a 100 x 100 shape at the origin unless told. */
export function contractDraft(ref: string, overrides: Partial<ItemDraft> = {}): ItemDraft {
  return {
    ref,
    kind: "shape",
    text: ref,
    fill: "#FFFFFF",
    x: 0,
    y: 0,
    width: 100,
    height: 100,
    parent: null,
    mark: contractMark(ref),
    ...overrides,
  };
}
