import { describe, expect, it } from "vitest";
import type { LaneKind } from "../model/lane-kind";
import { notesByHeight } from "./rows-notes";
import { splitByColour } from "./rows-split-by-colour";

const notes = (...groups: [number, LaneKind | null, number][]) =>
  notesByHeight(
    groups.flatMap(([y, lane, count]) => Array.from({ length: count }, () => ({ x: 0, y, lane }))),
    (note) => note.lane,
  );
const GAPS = [
  { start: 160, end: 200 },
  { start: 380, end: 420 },
];

describe("rows parted by colour where their notes run together", () => {
  it("parts a cluster in the gap where the colours change lane", () => {
    const rows = splitByColour(
      [{ band: { start: 0, end: 600 }, shape: null }],
      notes([100, "pain", 4], [300, "pain", 3], [300, "step", 1], [500, "touchpoint", 4]),
      GAPS,
    );
    expect(rows.map((r) => r.band)).toEqual([
      { start: 0, end: 400 },
      { start: 400, end: 600 },
    ]);
  });

  it("parts three rows run together, one after the other", () => {
    const rows = splitByColour(
      [{ band: { start: 0, end: 600 }, shape: null }],
      notes([100, "pain", 4], [300, "gain", 5], [500, "action", 4]),
      GAPS,
    );
    expect(rows.map((r) => r.band.start)).toEqual([0, 180, 400]);
  });

  it("parts a row of another colour held between two rows of one colour", () => {
    const rows = splitByColour(
      [{ band: { start: 0, end: 600 }, shape: null }],
      notes([100, "step", 4], [300, "kpi", 3], [500, "step", 4]),
      GAPS,
    );
    expect(rows.map((r) => r.band.start)).toEqual([0, 180, 400]);
  });

  it("keeps one row where the colours do not change, or say nothing", () => {
    const one = [{ band: { start: 0, end: 600 }, shape: null }];
    expect(
      splitByColour(one, notes([100, "pain", 4], [300, "pain", 4], [500, "pain", 3]), GAPS),
    ).toHaveLength(1);
    expect(splitByColour(one, notes([100, null, 4], [500, "gain", 4]), GAPS)).toHaveLength(1);
  });

  it("never parts a row for a single odd note, nor a row drawn as a shape", () => {
    const mixed = notes([100, "pain", 4], [500, "gain", 1]);
    expect(
      splitByColour([{ band: { start: 0, end: 600 }, shape: null }], mixed, GAPS),
    ).toHaveLength(1);
    const shape = { id: "s", band: { start: 0, end: 600 }, kind: null, title: null, confidence: 0 };
    const split = notes([100, "pain", 4], [500, "gain", 4]);
    expect(splitByColour([{ band: { start: 0, end: 600 }, shape }], split, GAPS)).toHaveLength(1);
  });
});
