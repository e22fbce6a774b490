import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
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
});
