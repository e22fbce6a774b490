import { describe, expect, it } from "vitest";
import { lineBoxOf } from "./figma-lines";
import type { FigmaNode } from "./figma-rest-schema";

const node = (type: string, fields: Partial<FigmaNode> = {}): FigmaNode => ({
  id: "1:1",
  type,
  ...fields,
});

describe("lineBoxOf", () => {
  it("gives a LINE the thickness of its stroke around its middle", () => {
    const box = { x: 0, y: 500, width: 1800, height: 0 };
    expect(lineBoxOf(node("LINE", { strokeWeight: 4 }), box)).toEqual({
      x: 0,
      y: 498,
      width: 1800,
      height: 4,
    });
    const upright = { x: 300, y: 0, width: 0, height: 900 };
    expect(lineBoxOf(node("LINE", { strokeWeight: 2 }), upright)).toEqual({
      x: 299,
      y: 0,
      width: 2,
      height: 900,
    });
  });

  it("takes a LINE as a line even without a stroke weight, or at a slant", () => {
    expect(lineBoxOf(node("LINE"), { x: 0, y: 0, width: 100, height: 0 })).toEqual({
      x: 0,
      y: 0,
      width: 100,
      height: 0,
    });
    expect(
      lineBoxOf(node("LINE", { strokeWeight: "4" }), { x: 0, y: 0, width: 300, height: 300 }),
    ).toEqual({ x: 0, y: 0, width: 300, height: 300 });
  });

  it("takes a long, thin marker stroke as a rule and a scribble as none", () => {
    const stroke = node("VECTOR", { strokeWeight: 8 });
    expect(lineBoxOf(stroke, { x: 0, y: 100, width: 1200, height: 6 })).toEqual({
      x: 0,
      y: 99,
      width: 1200,
      height: 8,
    });
    expect(lineBoxOf(stroke, { x: 0, y: 100, width: 300, height: 180 })).toBeNull();
    expect(lineBoxOf(stroke, { x: 0, y: 0, width: 0, height: 0 })).toBeNull();
  });

  it("takes a strip of washi tape as a rule by its own box, and a short piece as none", () => {
    const tape = node("WASHI_TAPE", { strokeWeight: 100 });
    expect(lineBoxOf(tape, { x: 0, y: 0, width: 1200, height: 40 })).toEqual({
      x: 0,
      y: 0,
      width: 1200,
      height: 40,
    });
    expect(lineBoxOf(tape, { x: 0, y: 0, width: 200, height: 40 })).toBeNull();
  });
});
