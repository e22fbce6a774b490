import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import { startWorkshop } from "../../core/workshop/start-workshop";
import { contractDraft as draft } from "../contract/board-harness";
import { describeBoardPortContract } from "../contract/board-port-contract";
import { FigJamEmulator } from "./emulator/figjam-emulator";
import { FigJamPluginBoard } from "./figjam-plugin-board";
import { testOptions, userSection, userSticky } from "./figjam-test-kit";

describeBoardPortContract("FigJamPluginBoard on the emulator", () => {
  const emulator = new FigJamEmulator();
  return {
    board: new FigJamPluginBoard(emulator.api, testOptions().options),
    addUserItems: (items) => {
      emulator.addUserNodes(items);
    },
    select: (ids) => emulator.select(ids),
  };
});

function emulated(people: BoardItem[] = []) {
  const emulator = new FigJamEmulator();
  emulator.addUserNodes(people);
  const { options, timer } = testOptions();
  return { emulator, timer, board: new FigJamPluginBoard(emulator.api, options) };
}

const SPEC = {
  stages: ["Upptäcka", "Beställa"],
  lanes: ["step", "pain"] as const,
  language: "sv" as const,
};

describe("FigJamPluginBoard's undo steps", () => {
  it("makes a task one undo step, once the panel has been quiet", async () => {
    const { board, emulator, timer } = emulated();
    await startWorkshop(board, { ...SPEC, lanes: [...SPEC.lanes] });
    // Several port calls made the template: none of them ended the step.
    expect(emulator.undoSteps).toEqual([]);
    expect(timer.pending).toBe(1);
    timer.flush();
    expect(emulator.undoSteps).toHaveLength(1);
    expect(emulator.uncommittedChanges).toBe(0);
    // The same task again finds everything in place: no change, no step.
    await startWorkshop(board, { ...SPEC, lanes: [...SPEC.lanes] });
    timer.flush();
    expect(emulator.undoSteps).toHaveLength(1);
  });

  it("puts the step off while the next call of the task comes within the quiet time", async () => {
    const { board, emulator, timer } = emulated();
    await board.createItems([draft("a")]);
    expect(timer.pending).toBe(1);
    const next = board.createItems([draft("b", { x: 300 })]);
    expect(timer.pending).toBe(0);
    await next;
    await board.readItems({ kind: "board" });
    timer.flush();
    await board.createItems([draft("c", { x: 600 })]);
    board.commitUndo();
    expect(emulator.undoSteps).toHaveLength(2);
    expect(timer.pending).toBe(0);
  });
});

describe("FigJamPluginBoard's sections", () => {
  it("moves its section with its own nodes staying where they are on the page", async () => {
    const { board, emulator } = emulated();
    const [section, inside] = await board.createItems([
      draft("s", { kind: "frame", x: 500, y: 500, width: 1000, height: 1000 }),
      draft("in", { parent: { ref: "s" }, x: 300, y: 400 }),
    ]);
    const [moved] = await board.updateItems([
      { id: section?.item.id ?? "", x: 900, y: 500, width: 1200 },
    ]);
    expect(moved).toMatchObject({ x: 900, y: 500, width: 1200, height: 1000 });
    const items = await board.readItems({ kind: "board" });
    expect(items.find((item) => item.id === inside?.item.id)).toMatchObject({
      x: 300,
      y: 400,
      parentId: section?.item.id,
    });
    expect(emulator.foreignChanges).toEqual([]);
  });

  it("never moves its section while a person's note is in it, and keeps it big enough to hold it", async () => {
    const { board, emulator } = emulated();
    const [section] = await board.createItems([
      draft("s", { kind: "frame", x: 500, y: 500, width: 1000, height: 1000 }),
    ]);
    const id = section?.item.id ?? "";
    emulator.addUserNodes([userSticky("note", { x: 800, y: 800, parentId: id })]);
    const [patched] = await board.updateItems([{ id, x: 2000, width: 400, height: 400 }]);
    // Its top-left corner stays at 0,0; the note's far corner is at 920,920.
    expect(patched).toMatchObject({ width: 920, height: 920, x: 460, y: 460 });
    const items = await board.readItems({ kind: "board" });
    expect(items.find((item) => item.id === "note")).toMatchObject({
      x: 800,
      y: 800,
      parentId: id,
    });
    expect(emulator.foreignChanges).toEqual([]);
  });

  it("keeps a changed text's or shape's centre where it was, as the port's records do", async () => {
    const { board } = emulated();
    const [text, shape] = await board.createItems([
      draft("t", {
        kind: "text",
        text: "kort",
        fill: null,
        x: 100,
        y: 100,
        width: 300,
        height: 40,
      }),
      draft("sh", { x: 800, y: 100, width: 200, height: 100 }),
    ]);
    const updated = await board.updateItems([
      { id: text?.item.id ?? "", text: "en mycket längre text\növer flera rader\noch en till" },
      { id: shape?.item.id ?? "", width: 400, height: 300 },
    ]);
    expect(updated.map((item) => [item.x, item.y])).toEqual([
      [100, 100],
      [800, 100],
    ]);
    expect(updated[0]?.height).toBeGreaterThan(text?.item.height ?? 0);
  });
});

describe("FigJamPluginBoard removes", () => {
  it("counts a node it read and a person deleted since as removed", async () => {
    const { board, emulator } = emulated();
    const created = await board.createItems([draft("a"), draft("b", { x: 300 })]);
    const [a, b] = created.map((c) => c.item.id);
    emulator.removeNode(a ?? "");
    await board.removeItems([a ?? "", b ?? ""]);
    expect(await board.readItems({ kind: "board" })).toEqual([]);
  });

  it("takes its own section's nodes out to the section's parent, where they were", async () => {
    const { board, emulator } = emulated([
      userSection("outer", { x: 0, y: 0, width: 3000, height: 3000 }),
    ]);
    const [inner, note] = await board.createItems([
      draft("inner", {
        kind: "frame",
        x: 200,
        y: 200,
        width: 800,
        height: 800,
        parent: { id: "outer" },
      }),
      draft("n", { kind: "sticky", x: 300, y: 250, parent: { ref: "inner" } }),
    ]);
    await board.removeItems([inner?.item.id ?? ""]);
    const items = await board.readItems({ kind: "board" });
    expect(items.map((item) => [item.id, item.x, item.y, item.parentId])).toEqual([
      ["outer", 0, 0, null],
      [note?.item.id, 300, 250, "outer"],
    ]);
    expect(emulator.foreignChanges).toEqual([]);
  });
});

describe("FigJamPluginBoard's board data and view", () => {
  it("keeps board data on the document's shared plugin data, writing a value again not at all", async () => {
    const { board, emulator } = emulated();
    await board.writeBoardData("legend", { entries: [1] });
    expect(emulator.boardData()).toEqual({ journey_mapper: { legend: '{"entries":[1]}' } });
    const calls = emulator.meter.perMethod.setSharedPluginData;
    await board.writeBoardData("legend", { entries: [1] });
    expect(emulator.meter.perMethod.setSharedPluginData).toBe(calls);
    expect(await board.readBoardData("last-template")).toBeNull();
  });

  it("brings nodes or a region into view", async () => {
    const { board, emulator } = emulated([userSticky("a", { x: 1000, y: 2000 })]);
    await board.bringIntoView({ ids: ["a", "gone"] });
    expect(emulator.lastView).toEqual({ x: 880, y: 1880, width: 240, height: 240 });
    await board.bringIntoView({ rect: { x: -500, y: -500, width: 1000, height: 400 } });
    expect(emulator.api.viewport.center).toEqual({ x: 0, y: -300 });
  });
});
