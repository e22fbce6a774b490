import { describe, expect, it } from "vitest";
import { contractDraft, USER_NOTE } from "../contract/board-harness";
import { createItems } from "./create-items";
import { MiroEmulator } from "./emulator/miro-emulator";
import { frameMoves } from "./frame-moves";
import type { MiroBoardItem } from "./miro-item-types";
import { testSession } from "./miro-sdk-test-kit";
import { readItems } from "./read-items";
import { updateItems } from "./update-items";

/** A 1000 x 1000 frame at 500,500 holding the app's notes at the given board centres. */
async function framedBoard(...at: [number, number][]) {
  const emulator = new MiroEmulator();
  const session = testSession(emulator.board);
  const created = await createItems(session, [
    contractDraft("f", { kind: "frame", x: 500, y: 500, width: 1000, height: 1000 }),
    ...at.map(([x, y], n) => contractDraft(`n${n}`, { parent: { ref: "f" }, x, y })),
  ]);
  const [frame, ...notes] = created.map((c) => c.item.id);
  await readItems(session, { kind: "board" });
  return { emulator, session, frame: frame ?? "", notes };
}

const board = (emulator: MiroEmulator, id: string) => {
  const record = emulator.records().find((r) => r.id === id);
  return record && "x" in record ? [record.x, record.y] : null;
};

describe("frameMoves", () => {
  it("counters what a moving frame holds, and leaves a frame that does not move alone", async () => {
    const { session, frame, notes } = await framedBoard([100, 100]);
    const views = new Map([...session.views].filter(([id]) => id === frame)) as Map<
      string,
      MiroBoardItem
    >;
    const moved = await frameMoves(session, [{ id: frame, height: 600, y: 300 }], views);
    expect([...moved.movers]).toEqual([frame]);
    expect(moved.counter.get(notes[0] ?? "")).toEqual({ x: -0, y: 200 });
    const still = await frameMoves(session, [{ id: frame, text: "Renamed" }], views);
    expect([still.movers.size, still.counter.size, still.anchored.size]).toEqual([0, 0, 0]);
  });

  it("keeps the app's items in place while their frame shrinks from its top-left", async () => {
    const { emulator, session, frame, notes } = await framedBoard([500, 900], [100, 100]);
    const [patched, still] = notes;
    await updateItems(session, [
      { id: frame, height: 600, y: 300 },
      { id: patched ?? "", y: 500 },
    ]);
    expect(board(emulator, frame)).toEqual([500, 300]);
    expect(board(emulator, patched ?? "")).toEqual([500, 500]);
    expect(board(emulator, still ?? "")).toEqual([100, 100]);
  });

  it("only resizes, about its centre, a frame that holds a user's note", async () => {
    const { emulator, session, frame } = await framedBoard([400, 400]);
    emulator.addUserItems([{ ...USER_NOTE, x: 500, y: 500, parentId: frame }]);
    await readItems(session, { kind: "board" });
    const [updated] = await updateItems(session, [{ id: frame, width: 900, x: 450 }]);
    expect(updated).toMatchObject({ x: 500, width: 900 });
    expect(board(emulator, USER_NOTE.id)).toEqual([500, 500]);
    expect(emulator.foreignChanges).toEqual([]);
  });

  it("shrinks a frame holding a user's note no further than holds it, the app's items kept in place in it", async () => {
    const { emulator, session, frame, notes } = await framedBoard([500, 200]);
    emulator.addUserItems([{ ...USER_NOTE, x: 500, y: 800, parentId: frame }]);
    await readItems(session, { kind: "board" });
    // Asked to keep its top-left corner and be 600 high: the note reaches 414 below the centre.
    const [updated] = await updateItems(session, [{ id: frame, height: 600, y: 300 }]);
    expect(updated).toMatchObject({ y: 500, height: 828 });
    expect(board(emulator, USER_NOTE.id)).toEqual([500, 800]);
    // 200 below the frame's top, as it was and as asked.
    expect(board(emulator, notes[0] ?? "")).toEqual([500, 286]);
    expect(emulator.foreignChanges).toEqual([]);
  });
});
