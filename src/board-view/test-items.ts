import type { BoardItem } from "../core/board/board-item";

/**
 * A user's board item for the board view's tests: a yellow Miro sticky at 0,0 unless told
 * otherwise, so each test names only what its situation is about.
 */
export function boardItem(fields: Partial<BoardItem> & { id: string }): BoardItem {
  return {
    kind: "sticky",
    platformType: "sticky_note",
    text: "",
    fill: "yellow",
    x: 0,
    y: 0,
    width: 200,
    height: 200,
    rotation: 0,
    parentId: null,
    mark: null,
    ...fields,
  };
}
