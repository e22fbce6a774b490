import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import { MissingItemError } from "../../core/board/ownership";
import { InMemoryBoard } from "./in-memory-board";

function item(id: string, overrides: Partial<BoardItem> = {}): BoardItem {
  return {
    id,
    kind: "sticky",
    platformType: "sticky_note",
    text: id,
    fill: "yellow",
    x: 0,
    y: 0,
    width: 100,
    height: 100,
    rotation: 0,
    parentId: null,
    mark: null,
    ...overrides,
  };
}

/** A big frame holding a small frame holding a note, a loose note, and a connector between notes. */
function workshop(): InMemoryBoard {
  const board = new InMemoryBoard();
  board.addUserItems([
    item("big", { kind: "frame", x: 500, y: 500, width: 1000, height: 1000 }),
    item("small", { kind: "frame", x: 300, y: 300, width: 400, height: 400, parentId: "big" }),
    item("inner", { x: 250, y: 250, parentId: "small" }),
    item("loose", { x: 2000, y: 0 }),
    item("line", { kind: "connector", ends: { from: "inner", to: "loose" } }),
  ]);
  return board;
}

const place = (board: InMemoryBoard, id: string) => {
  const found = board.get(id);
  return found && [found.x, found.y, found.parentId];
};

describe("InMemoryBoard takes users' edits", () => {
  it("moves a frame with everything it holds, however deep", () => {
    const board = workshop();
    const moved: string[][] = [];
    board.onChange((change) => moved.push([change.kind, ...change.ids]));
    board.moveItem("big", 600, 400);
    expect(place(board, "big")).toEqual([600, 400, null]);
    expect(place(board, "small")).toEqual([400, 200, "big"]);
    expect(place(board, "inner")).toEqual([350, 150, "small"]);
    expect(place(board, "loose")).toEqual([2000, 0, null]);
    expect(moved).toEqual([["moved", "big", "small", "inner"]]);
  });

  it("drops a moved note into the smallest frame under it, or onto the open board", () => {
    const board = workshop();
    board.moveItem("loose", 250, 400);
    expect(place(board, "loose")).toEqual([250, 400, "small"]);
    board.moveItem("loose", 900, 900);
    expect(place(board, "loose")).toEqual([900, 900, "big"]);
    board.moveItem("inner", -500, -500);
    expect(place(board, "inner")).toEqual([-500, -500, null]);
  });

  it("moves and edits the app's items too, keeping their mark", async () => {
    const board = new InMemoryBoard();
    const mark = {
      schemaVersion: 2 as const,
      part: "template" as const,
      role: "stage-header" as const,
      key: "stage-header:1",
      groupId: "t-1",
    };
    const [created] = await board.createItems([
      {
        ref: "h",
        kind: "shape",
        text: "Hitta",
        fill: null,
        x: 0,
        y: 0,
        width: 10,
        height: 10,
        parent: null,
        mark,
      },
    ]);
    const id = created?.item.id ?? "";
    board.moveItem(id, 40, 50);
    board.editText(id, "Hitta & välja");
    expect(board.get(id)).toMatchObject({ x: 40, y: 50, text: "Hitta & välja", mark });
  });

  it("edits a user's text and tells the change", () => {
    const board = workshop();
    const changes: string[] = [];
    board.onChange((change) => changes.push(`${change.kind}:${change.ids.join()}`));
    board.editText("loose", "Kön är för lång");
    expect(board.get("loose")?.text).toBe("Kön är för lång");
    expect(changes).toEqual(["text-edited:loose"]);
  });

  it("removes a frame with what it holds and the connectors to it, and unselects them", () => {
    const board = workshop();
    board.selection = ["inner", "loose"];
    const told: string[][] = [];
    board.onSelectionChange((ids) => told.push([...ids]));
    board.removeItem("small");
    expect(board.all().map((i) => i.id)).toEqual(["big", "loose"]);
    expect(board.selection).toEqual(["loose"]);
    expect(told).toEqual([["loose"]]);
  });

  it("says when the item to edit is not on the board", () => {
    const board = workshop();
    expect(() => board.moveItem("gone", 0, 0)).toThrow(MissingItemError);
    expect(() => board.editText("gone", "x")).toThrow(MissingItemError);
    expect(() => board.removeItem("gone")).toThrow(MissingItemError);
  });
});
