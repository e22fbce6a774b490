import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import { boardParts } from "./board-parts";
import { findLaneLabels } from "./lane-labels";

let next = 0;
const item = (kind: BoardItem["kind"], text: string, x: number, y: number): BoardItem => ({
  id: `i${++next}`,
  kind,
  platformType: kind,
  text,
  fill: kind === "sticky" ? "yellow" : null,
  x,
  y,
  width: kind === "sticky" ? 200 : 300,
  height: kind === "sticky" ? 200 : 80,
  rotation: 0,
  parentId: null,
  mark: null,
});
/** Three rows of notes in three stages. */
const notes = () =>
  [0, 1, 2].flatMap((r) =>
    [0, 1, 2].map((s) => item("sticky", "a note", 100 + s * 300, 100 + r * 300)),
  );
const labelsOf = (items: BoardItem[]) =>
  findLaneLabels(boardParts(items, "miro"), new Set()).map((l) => [l.kind, l.title]);

describe("lane labels", () => {
  it("reads a column of labels of several lanes", () => {
    const board = [
      ...notes(),
      item("text", "Feelings", -300, 100),
      item("text", "Pain points", -300, 400),
    ];
    expect(labelsOf(board)).toEqual([
      ["emotion", "Feelings"],
      ["pain", "Pain points"],
    ]);
  });

  it("reads one label alone beside the rows, as text or a sticky", () => {
    expect(labelsOf([...notes(), item("text", "Pains & frustrations 😤", -300, 400)])).toEqual([
      ["pain", "Pains & frustrations 😤"],
    ]);
    expect(labelsOf([...notes(), item("sticky", "Smertepunkter", -300, 400)])).toEqual([
      ["pain", "Smertepunkter"],
    ]);
  });

  it("takes no lone label whose words name its lane only in doubt", () => {
    expect(labelsOf([...notes(), item("text", "Thinking & feeling", -300, 400)])).toEqual([]);
  });

  it("takes a stage's title above the notes for no lone label, though it names a lane", () => {
    // The first stage is called "Behov" (needs): its header stands over the notes, beside none.
    const wide = [0, 1, 2].flatMap((r) =>
      [1, 2, 3, 4, 5].map((s) => item("sticky", "a note", 100 + s * 300, 100 + r * 300)),
    );
    const board = [...wide, item("sticky", "a note", 100, 100)];
    const headers = ["Behov", "Köp", "Leverans", "Användning"].map((title, s) => ({
      ...item("sticky", title, 250 + s * 300, -250),
      fill: "dark_blue",
    }));
    expect(labelsOf([...board, ...headers])).toEqual([]);
    expect(labelsOf([...wide, ...headers])).toEqual([]);
    // Nor a note of a row that has notes left of it.
    expect(labelsOf([...board, item("sticky", "Behov", 250, 400)])).toEqual([]);
    expect(labelsOf([...board, item("sticky", "Behov", -300, 400)])).toEqual([
      ["thought", "Behov"],
    ]);
  });

  it("takes no note of the first stage for a lone label", () => {
    const board = notes();
    board[3] = { ...(board[3] as BoardItem), text: "Pain points" };
    expect(labelsOf(board)).toEqual([]);
  });
});
