import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InMemoryBoard } from "../../adapters/memory/in-memory-board";
import type { BoardItem } from "../../core/board/board-item";
import { reconstructJourney } from "../../core/reconstruct/reconstruct-journey";
import { writeBack } from "../../core/writeback/write-back";
import { loadBoardFile } from "./load-board-file";
import { saveBoardFile } from "./save-board-file";

function load(path: string) {
  const loaded = loadBoardFile(readFileSync(new URL(path, import.meta.url), "utf8"), path);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.board;
}

/** What a saved note must keep: its words, its colour and its place. */
function notesOf(items: readonly BoardItem[]) {
  return items
    .filter((item) => item.kind === "sticky")
    .map((item) => ({
      id: item.id,
      text: item.text,
      fill: item.fill?.toLowerCase() ?? null,
      x: item.x,
      y: item.y,
    }));
}

describe("saveBoardFile", () => {
  it("saves a Miro board as Miro REST items that load back with every note as it was", () => {
    const board = load("../../apps/playground/sample/flytta-bredband.json");
    const saved = saveBoardFile(board.items, "miro", "Flytta bredband");
    expect(saved.fileName).toBe("flytta-bredband.miro.json");
    const again = loadBoardFile(saved.text, saved.fileName);
    if (!again.ok) throw new Error(again.message);
    expect(again.board.platform).toBe("miro");
    const before = notesOf(board.items);
    const after = notesOf(again.board.items);
    expect(after.map(({ id, text, fill }) => ({ id, text, fill }))).toEqual(
      before.map(({ id, text, fill }) => ({ id, text, fill })),
    );
    after.forEach((note, i) => {
      expect(note.x).toBeCloseTo(before[i]?.x ?? Number.NaN, 6);
      expect(note.y).toBeCloseTo(before[i]?.y ?? Number.NaN, 6);
    });
    expect(before.length).toBe(117);
  });

  it("keeps hostile words as words through a save and a load", () => {
    const text = '<img src=x onerror=alert(1)>\n<script>alert("x")</script> & =SUM(A1)';
    const note: BoardItem = {
      id: "h1",
      kind: "sticky",
      platformType: "sticky_note",
      text,
      fill: "red",
      x: 10,
      y: -20,
      width: 199,
      height: 228,
      rotation: 0,
      parentId: null,
      mark: null,
    };
    const saved = saveBoardFile([note], "miro", "Board");
    const again = loadBoardFile(saved.text, saved.fileName);
    if (!again.ok) throw new Error(again.message);
    expect(notesOf(again.board.items)).toEqual([{ id: "h1", text, fill: "red", x: 10, y: -20 }]);
  });

  it("saves a FigJam board as a Figma REST file that loads back with every note as it was", () => {
    const board = load("../../fixtures/figma/workshop-file.json");
    const saved = saveBoardFile(board.items, "figjam", board.name ?? "FigJam board");
    expect(saved.fileName).toBe("kunderejse-workshop.figjam.json");
    const again = loadBoardFile(saved.text, saved.fileName);
    if (!again.ok) throw new Error(again.message);
    expect(again.board.platform).toBe("figjam");
    const before = notesOf(board.items);
    expect(before.length).toBeGreaterThan(0);
    expect(notesOf(again.board.items)).toEqual(before);
  });

  it("says what a Miro file leaves out: the sample's image, and the marks of the app's items", async () => {
    const board = load("../../apps/playground/sample/flytta-bredband.json");
    expect(saveBoardFile(board.items, "miro", "x").leftOut).toEqual({
      items: { other: 1 },
      unmarked: 0,
    });
    const memory = new InMemoryBoard({ platform: "miro" });
    memory.addUserItems(board.items);
    await writeBack(memory, reconstructJourney(board.items, { platform: "miro" }).journey, {
      parts: ["summaries", "curve"],
    });
    const left = saveBoardFile(memory.all(), "miro", "x").leftOut;
    const marked = memory.all().filter((item) => item.mark !== null);
    const connectors = marked.filter((item) => item.kind === "connector").length;
    expect(connectors).toBe(4);
    expect(left).toEqual({
      items: { other: 1, connector: connectors },
      unmarked: marked.length - connectors,
    });
  });

  it("keeps the app's marks in a FigJam file, which has room for them", async () => {
    const board = load("../../fixtures/figma/workshop-file.json");
    const memory = new InMemoryBoard({ platform: "figjam" });
    memory.addUserItems(board.items);
    await writeBack(memory, reconstructJourney(board.items, { platform: "figjam" }).journey, {
      parts: ["summaries"],
    });
    expect(saveBoardFile(memory.all(), "figjam", "x").leftOut.unmarked).toBe(0);
  });
});
