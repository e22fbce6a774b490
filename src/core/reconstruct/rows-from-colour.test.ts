import { describe, expect, it } from "vitest";
import type { LaneKind } from "../model/lane-kind";
import { colourCounts, laneFromColours } from "./rows-from-colour";

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

  it("counts each row's notes by the lanes their colours name", () => {
    const notes = [
      { row: 0, lane: "pain" as const },
      { row: 0, lane: "pain" as const },
      { row: 1, lane: null },
      { row: -1, lane: "gain" as const },
    ];
    const { counts: byRow, totals } = colourCounts(
      notes,
      (n) => n.row,
      (n) => n.lane,
      2,
    );
    expect(totals).toEqual([2, 1]);
    expect([...(byRow[0] ?? [])]).toEqual([["pain", 2]]);
    expect(byRow[1]?.size).toBe(0);
  });
});
