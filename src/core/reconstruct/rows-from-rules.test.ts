import { describe, expect, it } from "vitest";
import { type RuleCandidate, rowsFromRules } from "./rows-from-rules";

const ACROSS = { start: 0, end: 2000 };
const line = (fields: Partial<RuleCandidate>): RuleCandidate => ({
  x: 1000,
  y: 500,
  width: 2200,
  height: 4,
  text: "",
  rotation: 0,
  ...fields,
});

describe("rows from rules drawn across the grid", () => {
  it("reads thin long lines and thin rectangles across the stages, top to bottom", () => {
    const rules = rowsFromRules(
      [line({ y: 900, shape: "line" }), line({ y: 400, shape: "rectangle", height: 8 })],
      ACROSS,
      200,
      200,
    );
    expect(rules).toEqual([400, 900]);
  });

  it("reads a connector drawn across, whatever its box's depth", () => {
    expect(rowsFromRules([line({ shape: "straight", height: 60 })], ACROSS, 200, 200)).toEqual([
      500,
    ]);
  });

  it("takes no box, no line with words, no short stroke and no vertical line for a rule", () => {
    const rules = rowsFromRules(
      [
        line({ height: 200 }),
        line({ text: "Pain points" }),
        line({ width: 300 }),
        line({ x: -2000 }),
        line({ width: 4, height: 2200 }),
      ],
      ACROSS,
      200,
      200,
    );
    expect(rules).toEqual([]);
  });

  it("reads a line turned a quarter as running across", () => {
    expect(
      rowsFromRules([line({ width: 4, height: 2200, rotation: 90 })], ACROSS, 200, 200),
    ).toEqual([500]);
  });
});
