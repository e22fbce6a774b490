import { describe, expect, it } from "vitest";
import { HoldsUserItemsError, MissingItemError } from "../../core/board/ownership";
import { contractDraft, USER_NOTE } from "../contract/board-harness";
import { createItems } from "./create-items";
import { MiroEmulator } from "./emulator/miro-emulator";
import { testSession } from "./miro-sdk-test-kit";
import { removeItems } from "./remove-items";

const frameDraft = contractDraft("f", { kind: "frame", x: 500, y: 500, width: 1000, height: 1000 });

describe("removeItems", () => {
  it("counts an item it knows that a user deleted meanwhile as removed", async () => {
    const emulator = new MiroEmulator();
    const session = testSession(emulator.board);
    const created = await createItems(session, [
      contractDraft("a"),
      contractDraft("b", { x: 300 }),
    ]);
    const [a, b] = created.map((c) => c.item.id);
    // The session still knows a's view, as after a read; then a person deletes it.
    emulator.removeItem(a ?? "");
    const progress: number[] = [];
    await removeItems(session, [a ?? "", b ?? ""], { onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual([1, 2]);
    expect(emulator.records()).toEqual([]);
  });

  it("refuses an id it never saw that is not on the board, before removing anything", async () => {
    const emulator = new MiroEmulator();
    const [made] = await createItems(testSession(emulator.board), [contractDraft("a")]);
    const id = made?.item.id ?? "";
    const [kept] = await createItems(testSession(emulator.board), [contractDraft("b", { x: 300 })]);
    emulator.removeItem(id);
    // A new panel: its session has never read the item a person deleted.
    const error = await removeItems(testSession(emulator.board), [kept?.item.id ?? "", id]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MissingItemError);
    expect((error as MissingItemError).itemIds).toEqual([id]);
    expect(emulator.records()).toHaveLength(1);
  });

  it("takes the app's items it keeps out of a frame before removing the frame", async () => {
    const emulator = new MiroEmulator();
    const session = testSession(emulator.board);
    const [frame, kept, going] = await createItems(session, [
      frameDraft,
      contractDraft("kept", { parent: { ref: "f" }, x: 100, y: 100 }),
      contractDraft("going", { parent: { ref: "f" }, x: 300, y: 300 }),
    ]);
    await removeItems(session, [going?.item.id ?? "", frame?.item.id ?? ""]);
    expect(
      emulator
        .records()
        .map((r) => [r.id, "parentId" in r ? r.parentId : null, "x" in r ? r.x : null]),
    ).toEqual([[kept?.item.id, null, 100]]);
    expect(emulator.meter.perMethod["frame.remove"]).toBe(1);
    expect(emulator.foreignChanges).toEqual([]);
  });

  it("refuses a frame that holds a user's note, before anything changes", async () => {
    const emulator = new MiroEmulator();
    const session = testSession(emulator.board);
    const [frame, own] = await createItems(session, [
      frameDraft,
      contractDraft("own", { x: 2000 }),
    ]);
    emulator.addUserItems([{ ...USER_NOTE, parentId: frame?.item.id ?? null }]);
    const error = await removeItems(session, [own?.item.id ?? "", frame?.item.id ?? ""]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HoldsUserItemsError);
    expect((error as HoldsUserItemsError).itemIds).toEqual([USER_NOTE.id]);
    expect(emulator.records()).toHaveLength(3);
  });
});
