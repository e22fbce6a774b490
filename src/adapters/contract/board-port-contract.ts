import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import type { Progress } from "../../core/board/board-port";
import {
  HoldsUserItemsError,
  MissingItemError,
  NotAppOwnedError,
} from "../../core/board/ownership";
import { describeBoardContextContract } from "./board-context-contract";
import {
  type BoardHarness,
  contractMark,
  contractDraft as draft,
  USER_NOTE,
} from "./board-harness";
import { describeCancellationContract } from "./cancellation-contract";

export { type BoardHarness, USER_NOTE } from "./board-harness";

/**
 * The board port's contract, run against any implementation: writes and ownership here,
 * cancellation, empty space, board data and selection in the files beside it.
 */
export function describeBoardPortContract(name: string, makeHarness: () => BoardHarness): void {
  const makeBoard = (userItems: BoardItem[]) => {
    const harness = makeHarness();
    harness.addUserItems(userItems);
    return harness.board;
  };
  describe(`${name} keeps the board port's contract`, () => {
    it("creates drafts in order, marked, with containers made earlier in the batch", async () => {
      const board = makeBoard([]);
      const progress: Progress[] = [];
      const created = await board.createItems(
        [
          draft("frame", { kind: "frame", x: 500, y: 500, width: 1000, height: 1000 }),
          draft("label", { parent: { ref: "frame" }, x: 200, y: 300 }),
        ],
        { onProgress: (p) => progress.push(p) },
      );
      expect(created.map((c) => c.ref)).toEqual(["frame", "label"]);
      const [frame, label] = created.map((c) => c.item);
      expect(label?.parentId).toBe(frame?.id);
      expect(label).toMatchObject({ x: 200, y: 300, text: "label", kind: "shape" });
      expect(label?.mark).toEqual(contractMark("label"));
      expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
      const inFrame = await board.readItems({ kind: "container", id: frame?.id ?? "" });
      expect(inFrame.map((i) => i.text)).toEqual(["label"]);
    });

    it("reads the users' items unmarked", async () => {
      const board = makeBoard([USER_NOTE]);
      const items = await board.readItems({ kind: "board" });
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ id: "user-1", text: USER_NOTE.text, mark: null });
    });

    it("updates its own items", async () => {
      const board = makeBoard([]);
      const [created] = await board.createItems([draft("a")]);
      const [updated] = await board.updateItems([{ id: created?.item.id ?? "", text: "b", x: 7 }]);
      expect(updated).toMatchObject({ text: "b", x: 7, y: 0 });
    });

    it("refuses to update or remove a user's note, and changes nothing of the batch", async () => {
      const board = makeBoard([USER_NOTE]);
      const [own] = await board.createItems([draft("own")]);
      const ownId = own?.item.id ?? "";
      // The note as this board holds it (each platform has its own sizes and fill names).
      const before = (await board.readItems({ kind: "board" })).find((i) => i.id === "user-1");
      expect(before).toMatchObject({ id: "user-1", text: USER_NOTE.text, mark: null });
      await expect(
        board.updateItems([
          { id: ownId, text: "changed" },
          { id: "user-1", text: "hijacked" },
        ]),
      ).rejects.toThrow(NotAppOwnedError);
      await expect(board.removeItems([ownId, "user-1"])).rejects.toThrow(NotAppOwnedError);
      const items = await board.readItems({ kind: "board" });
      expect(items.find((i) => i.id === "user-1")).toEqual(before);
      expect(items.find((i) => i.id === ownId)?.text).toBe("own");
    });

    it("says when an item is not on the board", async () => {
      const board = makeBoard([]);
      await expect(board.removeItems(["nowhere"])).rejects.toThrow(MissingItemError);
    });

    it("removes its own container, keeping its own items that were inside where they were", async () => {
      const board = makeBoard([]);
      const [frame] = await board.createItems([
        draft("frame", { kind: "frame", width: 1000, height: 1000 }),
      ]);
      const frameId = frame?.item.id ?? "";
      await board.createItems([draft("inside", { parent: { id: frameId }, x: 40, y: 60 })]);
      await board.removeItems([frameId]);
      const items = await board.readItems({ kind: "board" });
      expect(items.map((i) => [i.text, i.parentId, i.x, i.y])).toEqual([["inside", null, 40, 60]]);
    });

    it("refuses to remove its container while a user's note is inside, and changes nothing", async () => {
      const harness = makeHarness();
      const [frame] = await harness.board.createItems([
        draft("frame", { kind: "frame", width: 1000, height: 1000 }),
      ]);
      const frameId = frame?.item.id ?? "";
      harness.addUserItems([{ ...USER_NOTE, parentId: frameId }]);
      const read = () => harness.board.readItems({ kind: "board" });
      const dropped = (await read()).find((i) => i.id === USER_NOTE.id);
      expect(dropped?.parentId).toBe(frameId);
      await expect(harness.board.removeItems([frameId])).rejects.toThrow(HoldsUserItemsError);
      const items = await read();
      expect(items.find((i) => i.id === USER_NOTE.id)).toEqual(dropped);
      expect(items.some((i) => i.id === frameId)).toBe(true);
    });

    it("ignores fields a patch gives as undefined", async () => {
      const board = makeBoard([]);
      const [created] = await board.createItems([draft("a", { x: 5 })]);
      const [updated] = await board.updateItems([
        { id: created?.item.id ?? "", x: undefined, text: undefined, y: 9 },
      ]);
      expect(updated).toMatchObject({ x: 5, y: 9, text: "a" });
    });
  });
  describeCancellationContract(name, makeHarness);
  describeBoardContextContract(name, makeHarness);
}
