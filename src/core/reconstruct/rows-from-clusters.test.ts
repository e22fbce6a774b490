import { describe, expect, it } from "vitest";
import { NoteSpread } from "./note-spread";
import { ROW_GAP, rowsFromClusters } from "./rows-from-clusters";

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
