import { describe, expect, it } from "vitest";
import { NoteSpread } from "./note-spread";
import { ROW_GAP, rowsFromClusters, withoutStrays } from "./rows-from-clusters";

const H = 200;
const notesAt = (ys: number[]) =>
  NoteSpread.of(
    ys.map((y) => ({ x: 0, y, width: H, height: H })),
    "y",
  );

describe("rows from the notes' clusters", () => {
  it("parts rows where a deep horizontal gap runs between the notes", () => {
    // Two rows of notes 100 apart (half a note), one stacked two deep with a 10 gap.
    const rows = rowsFromClusters(notesAt([100, 100, 310, 610, 620, 820]), H);
    expect(rows).toEqual([
      { start: 0, end: 410 },
      { start: 510, end: 920 },
    ]);
  });

  it("keeps notes stacked close in one cell in one row", () => {
    expect(rowsFromClusters(notesAt([100, 300 + ROW_GAP * H - 1]), H)).toHaveLength(1);
    expect(rowsFromClusters(notesAt([100, 300 + ROW_GAP * H + 1]), H)).toHaveLength(2);
  });

  it("finds no rows without notes", () => {
    expect(rowsFromClusters(notesAt([]), H)).toEqual([]);
  });
});

describe("clusters without strays", () => {
  const bands = [
    { start: -2000, end: -1800 },
    { start: 0, end: 200 },
    { start: 300, end: 500 },
    { start: 1500, end: 1700 },
  ];

  it("drops clusters far from the rest at either end", () => {
    expect(withoutStrays(bands, () => false, 300)).toEqual([bands[1], bands[2]]);
  });

  it("keeps a far cluster that a label or a shape marks as a row", () => {
    const marked = (band: { start: number }) => band.start === 1500;
    expect(withoutStrays(bands, marked, 300)).toEqual([bands[1], bands[2], bands[3]]);
  });
});
