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

  it("takes no note of the first stage for a lone label", () => {
    const board = notes();
    board[3] = { ...(board[3] as BoardItem), text: "Pain points" };
    expect(labelsOf(board)).toEqual([]);
  });
});
