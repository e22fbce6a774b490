import { describe, expect, it } from "vitest";
import { MissingItemError, NotAppOwnedError } from "../../core/board/ownership";
import { contractDraft, USER_NOTE } from "../contract/board-harness";
import { CallRunner } from "./call-runner";
import { createItems } from "./create-items";
import { MiroEmulator } from "./emulator/miro-emulator";
import { miroSdkSettings } from "./miro-sdk-options";
import { testOptions, testSession } from "./miro-sdk-test-kit";
import { readItems } from "./read-items";
import { updateItems } from "./update-items";

function board() {
  const emulator = new MiroEmulator();
  emulator.addUserItems([USER_NOTE]);
  return { emulator, session: testSession(emulator.board) };
}

describe("updateItems", () => {
  it("moves a framed item to a board position, written relative to its frame", async () => {
    const { emulator, session } = board();
    const [frame, inside] = await createItems(session, [
      contractDraft("f", { kind: "frame", x: 1000, y: 1000, width: 1000, height: 1000 }),
      contractDraft("in", { parent: { ref: "f" }, x: 800, y: 900 }),
    ]);
    const [moved] = await updateItems(session, [{ id: inside?.item.id ?? "", x: 1200, y: 1300 }]);
    expect(moved).toMatchObject({ x: 1200, y: 1300, parentId: frame?.item.id });
    const stored = emulator.records().find((record) => record.id === inside?.item.id);
    expect(stored).toMatchObject({ x: 1200, y: 1300 });
    const read = await readItems(session, { kind: "container", id: frame?.item.id ?? "" });
    expect(read.map((item) => [item.x, item.y])).toEqual([[1200, 1300]]);
  });

  it("takes one sync per changed item, and none for a change Miro makes itself", async () => {
    const { emulator, session } = board();
    const [card, note] = await createItems(session, [
      contractDraft("card", { kind: "card", text: "Do it", width: 320, height: 100 }),
      contractDraft("note", { text: "old" }),
    ]);
    const before = emulator.meter.calls;
    const updated = await updateItems(session, [
      { id: card?.item.id ?? "", height: 999 },
      { id: note?.item.id ?? "", text: "new" },
    ]);
    expect(emulator.meter.calls - before).toBe(1);
    expect(updated.map((item) => item.text)).toEqual(["Do it", "new"]);
  });

  it("refuses, before changing anything, an item not on the board or not the app's", async () => {
    const { emulator, session } = board();
    const [own] = await createItems(session, [contractDraft("own")]);
    const ownId = own?.item.id ?? "";
    await expect(
      updateItems(session, [
        { id: ownId, text: "changed" },
        { id: "gone", text: "x" },
      ]),
    ).rejects.toThrow(MissingItemError);
    await expect(
      updateItems(session, [
        { id: ownId, text: "changed" },
        { id: USER_NOTE.id, text: "x" },
      ]),
    ).rejects.toThrow(NotAppOwnedError);
    expect(emulator.meter.perMethod["item.sync"] ?? 0).toBe(0);
  });

  it("shrinks a frame only after what it holds has moved, answering in the patches' order", async () => {
    const { emulator, session } = board();
    const [frame, low] = await createItems(session, [
      contractDraft("f", { kind: "frame", x: 500, y: 500, width: 1000, height: 1000 }),
      contractDraft("low", { parent: { ref: "f" }, x: 500, y: 950 }),
    ]);
    const frameId = frame?.item.id ?? "";
    // No retry, which could mask a refusal: the first try must be the one Miro takes.
    const updated = await updateItems(
      { ...session, runner: new CallRunner(miroSdkSettings({ ...testOptions(), retries: 0 })) },
      [
        { id: frameId, height: 600, y: 300 },
        { id: low?.item.id ?? "", y: 200 },
      ],
    );
    expect(updated.map((item) => [item.id, item.y])).toEqual([
      [frameId, 300],
      [low?.item.id, 200],
    ]);
    const stored = emulator.records().find((record) => record.id === frameId);
    expect(stored).toMatchObject({ y: 300, height: 600 });
    const moved = emulator.records().find((record) => record.id === low?.item.id);
    expect(moved).toMatchObject({ y: 200 });
  });
});
