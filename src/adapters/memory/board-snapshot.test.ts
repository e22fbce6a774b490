import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import { contractMark } from "../contract/board-harness";
import { parseBoardSnapshot } from "./board-snapshot";
import { InMemoryBoard } from "./in-memory-board";

const NOTE: BoardItem = {
  id: "n1",
  kind: "sticky",
  platformType: "sticky_note",
  text: "Svårt att hitta <b>priset</b>",
  fill: "red",
  x: 10,
  y: 20,
  width: 199,
  height: 228,
  rotation: 0,
  parentId: null,
  mark: null,
};
const mark = contractMark("k");
const draft = (ref: string) => ({
  ref,
  kind: "card" as const,
  text: ref,
  fill: null,
  x: 0,
  y: 0,
  width: 10,
  height: 10,
  parent: null,
  mark,
  due: "2025-03-01",
});

/** Saved as the playground saves it: through JSON text, as local storage keeps it. */
function saved(board: InMemoryBoard): unknown {
  return JSON.parse(JSON.stringify(board.snapshot()));
}

async function busyBoard(): Promise<InMemoryBoard> {
  const board = new InMemoryBoard({ platform: "miro" });
  board.addUserItems([NOTE]);
  const created = await board.createItems([draft("a"), draft("b")]);
  board.selection = [NOTE.id, created[1]?.item.id ?? ""];
  await board.writeBoardData("legend", { entries: [{ colour: "miro:red", meaning: "smärta" }] });
  return board;
}

describe("InMemoryBoard snapshots", () => {
  it("bring back the items, board data and selection through JSON", async () => {
    const board = await busyBoard();
    const parsed = parseBoardSnapshot(saved(board));
    if (!parsed.ok) throw new Error(parsed.error);
    const restored = new InMemoryBoard({ platform: "miro" });
    restored.restore(parsed.value);
    expect(restored.all()).toEqual(board.all());
    expect(restored.selection).toEqual(board.selection);
    expect(await restored.readBoardData("legend")).toEqual(await board.readBoardData("legend"));
    expect(await restored.readBoardData("last-template")).toBeNull();
  });

  it("hand out new ids that no restored item has", async () => {
    const parsed = parseBoardSnapshot(saved(await busyBoard()));
    if (!parsed.ok) throw new Error(parsed.error);
    const restored = new InMemoryBoard();
    restored.restore({ ...parsed.value, nextId: 1 });
    const [created] = await restored.createItems([draft("c")]);
    expect(parsed.value.items.map((i) => i.id)).toEqual(["n1", "mem-1", "mem-2"]);
    expect(created?.item.id).toBe("mem-3");
  });

  it("replace the board in place and tell the listeners", async () => {
    const board = await busyBoard();
    const snapshot = board.snapshot();
    await board.createItems([draft("later")]);
    const kinds: string[] = [];
    board.onChange((change) => kinds.push(change.kind));
    const selections: string[][] = [];
    board.onSelectionChange((ids) => selections.push([...ids]));
    board.restore(snapshot);
    expect(board.all().map((i) => i.text)).toEqual([NOTE.text, "a", "b"]);
    expect(kinds).toEqual(["restored", "selection"]);
    expect(selections).toEqual([snapshot.selection]);
    expect(board.view).toBeNull();
  });

  it("refuse a board of the other platform", async () => {
    const snapshot = (await busyBoard()).snapshot();
    expect(() => new InMemoryBoard({ platform: "figjam" }).restore(snapshot)).toThrow(
      "the saved board is a miro board, this one figjam",
    );
  });

  it("refuse what is not a saved board, naming the field", () => {
    expect(parseBoardSnapshot({ schemaVersion: 1 })).toMatchObject({ ok: false });
    const broken = { ...new InMemoryBoard().snapshot(), items: [{ ...NOTE, x: "left" }] };
    const parsed = parseBoardSnapshot(broken);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.error).toContain("items[0].x");
  });
});
