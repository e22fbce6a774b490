import { describe, expect, it } from "vitest";
import type { LaneKind } from "../model/lane-kind";
import { laneFromColours } from "./rows-from-colour";
import { laneCounts, notesByHeight, notesWithin } from "./rows-notes";

const counts = (entries: [LaneKind, number][]) => new Map(entries);

describe("the lane of an unlabelled row from its notes' colours", () => {
  it("is the lane most of its notes' colours name", () => {
    expect(
      laneFromColours(
        counts([
          ["touchpoint", 7],
          ["pain", 1],
        ]),
        9,
      ),
    ).toEqual({
      kind: "touchpoint",
      share: 7 / 9,
    });
  });

  it("is none where the colours are mixed or name no lane", () => {
    expect(
      laneFromColours(
        counts([
          ["touchpoint", 4],
          ["pain", 4],
        ]),
        8,
      ),
    ).toBeNull();
    // Five notes of no lane's colour (black, a custom fill) and two blue ones.
    expect(laneFromColours(counts([["touchpoint", 2]]), 7)).toBeNull();
    expect(laneFromColours(counts([]), 0)).toBeNull();
  });
});

describe("the notes of a row, sorted top to bottom", () => {
  it("counts the lanes the colours of a row's notes name", () => {
    const notes = [
      { x: 0, y: 500, lane: "gain" as const },
      { x: 0, y: 100, lane: "pain" as const },
      { x: 0, y: 150, lane: null },
      { x: 0, y: 120, lane: "pain" as const },
    ];
    const sorted = notesByHeight(notes, (n) => n.lane);
    expect([...sorted.ys]).toEqual([100, 120, 150, 500]);
    const { from, to } = notesWithin(sorted, { start: 0, end: 300 });
    expect([from, to]).toEqual([0, 3]);
    expect([...laneCounts(sorted, from, to)]).toEqual([["pain", 2]]);
  });
});
