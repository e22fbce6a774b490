import { describe, expect, it } from "vitest";
import type { BoardItem, Rect } from "../../core/board/board-item";
import { type BoardHarness, contractDraft, USER_NOTE } from "./board-harness";

function overlaps(rect: Rect, item: BoardItem): boolean {
  return (
    rect.x < item.x + item.width / 2 &&
    item.x - item.width / 2 < rect.x + rect.width &&
    rect.y < item.y + item.height / 2 &&
    item.y - item.height / 2 < rect.y + rect.height
  );
}

/** A row of users' notes across the place the tests ask for. */
const CLUTTER: BoardItem[] = [0, 1, 2, 3].map((n) => ({
  ...USER_NOTE,
  id: `user-clutter-${n}`,
  x: n * 400,
  y: 300,
}));

/** The board port's contract beyond items: empty space, the app's board data, the selection. */
export function describeBoardContextContract(name: string, makeHarness: () => BoardHarness): void {
  describe(`${name} finds space, keeps board data and tells selections`, () => {
    it("finds a region of the asked size that overlaps no item", async () => {
      const harness = makeHarness();
      harness.addUserItems(CLUTTER);
      await harness.board.createItems([
        contractDraft("own", { kind: "frame", x: 900, y: 500, width: 600, height: 400 }),
      ]);
      const want = { x: 0, y: 0, width: 1500, height: 800 };
      const found = await harness.board.findEmptySpace(want);
      expect(found).toMatchObject({ width: 1500, height: 800 });
      const items = await harness.board.readItems({ kind: "board" });
      expect(items.filter((item) => overlaps(found, item)).map((item) => item.id)).toEqual([]);
    });

    it("reads board data as null until it is written, then as written", async () => {
      const { board } = makeHarness();
      expect(await board.readBoardData("legend")).toBeNull();
      const legend = { schemaVersion: 1, entries: [{ colour: "miro:red", meaning: "pain" }] };
      await board.writeBoardData("legend", legend);
      await board.writeBoardData("last-template", { templateId: "t1", at: null });
      expect(await board.readBoardData("legend")).toEqual(legend);
      expect(await board.readBoardData("last-template")).toEqual({ templateId: "t1", at: null });
      await board.writeBoardData("legend", ["replaced"]);
      expect(await board.readBoardData("legend")).toEqual(["replaced"]);
    });

    it("keeps board data apart from the value the caller goes on changing", async () => {
      const { board } = makeHarness();
      const value = { entries: ["a"] };
      await board.writeBoardData("legend", value);
      value.entries.push("b");
      const read = (await board.readBoardData("legend")) as typeof value;
      read.entries.push("c");
      expect(await board.readBoardData("legend")).toEqual({ entries: ["a"] });
    });

    it("tells selection changes until the listener stops", async () => {
      const harness = makeHarness();
      const second = { ...USER_NOTE, id: "user-2" };
      harness.addUserItems([USER_NOTE, second]);
      const seen: string[][] = [];
      const told = new Promise<void>((resolve) => {
        const stop = harness.board.onSelectionChange((ids) => {
          seen.push([...ids]);
          stop();
          resolve();
        });
      });
      harness.select([USER_NOTE.id]);
      await told;
      harness.select([second.id]);
      // A read answers after every event sent before it, so a late selection event shows here.
      const selected = await harness.board.readItems({ kind: "selection" });
      expect(selected.map((item) => item.id)).toEqual([second.id]);
      expect(seen).toEqual([[USER_NOTE.id]]);
    });
  });
}
