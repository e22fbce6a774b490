import { describe, expect, it } from "vitest";
import { bandIndices, fillBands } from "./table-bands";

describe("bandIndices", () => {
  it("counts bands in order along the axis, whatever order the starts come in", () => {
    expect(bandIndices([300, 0, 100, 200], 50)).toEqual([3, 0, 1, 2]);
  });

  it("puts starts less than the tolerance past a band's first start in that band", () => {
    expect(bandIndices([0, 0.4, 99.6, 100, 200], 50)).toEqual([0, 0, 1, 1, 2]);
  });

  it("gives nothing for no starts", () => {
    expect(bandIndices([], 1)).toEqual([]);
  });
});

describe("fillBands", () => {
  const whole = { start: 0, size: 1000 };

  it("keeps the known bands and shares a gap between them evenly", () => {
    const known = new Map([
      [0, { start: 0, size: 100 }],
      [3, { start: 700, size: 300 }],
    ]);
    expect(fillBands(known, 4, whole)).toEqual([
      { start: 0, size: 100 },
      { start: 100, size: 300 },
      { start: 400, size: 300 },
      { start: 700, size: 300 },
    ]);
  });

  it("reaches to the table's edges for unknown bands at either end", () => {
    const known = new Map([[1, { start: 250, size: 500 }]]);
    expect(fillBands(known, 3, whole)).toEqual([
      { start: 0, size: 250 },
      { start: 250, size: 500 },
      { start: 750, size: 250 },
    ]);
  });

  it("never gives a band a negative size when known bands overrun the table", () => {
    const known = new Map([[0, { start: 0, size: 1200 }]]);
    expect(fillBands(known, 2, whole)[1]).toEqual({ start: 1200, size: 0 });
  });
});
