import { describe, expect, it } from "vitest";
import { rowsFromShapes, type ShapeCandidate } from "./rows-from-shapes";

const ACROSS = { start: 0, end: 2000 };
const shape = (id: string, y: number, fields: Partial<ShapeCandidate> = {}): ShapeCandidate => ({
  id,
  x: 950,
  y,
  width: 2300,
  height: 260,
  text: "",
  ...fields,
});

describe("rows from shapes drawn behind them", () => {
  it("reads wide shapes behind the notes as rows, top to bottom", () => {
    const rows = rowsFromShapes([shape("b", 700), shape("a", 300)], ACROSS, 1500, 200);
    expect(rows.map((r) => [r.id, r.band, r.kind])).toEqual([
      ["a", { start: 170, end: 430 }, null],
      ["b", { start: 570, end: 830 }, null],
    ]);
  });

  it("names a row by the words written in its shape", () => {
    const [row] = rowsFromShapes(
      [shape("a", 300, { text: "Pain points\n(what hurts)" })],
      ACROSS,
      1500,
      200,
    );
    expect(row?.kind).toBe("pain");
    expect(row?.title).toBe("Pain points");
  });

  it("takes a background around the rows, a rule, a narrow box and a deep one for no row", () => {
    const rows = rowsFromShapes(
      [
        shape("row", 300),
        shape("background", 700, { height: 1400 }),
        shape("rule", 900, { height: 6 }),
        shape("narrow", 1200, { width: 500 }),
        shape("deep", 1200, { height: 1000 }),
      ],
      ACROSS,
      1500,
      200,
    );
    expect(rows.map((r) => r.id)).toEqual(["row"]);
  });
});
