import { describe, expect, it } from "vitest";
import { shareOutBands } from "./table-bands";

describe("shareOutBands", () => {
  const whole = { start: 0, end: 1000 };

  it("keeps the known bands and shares a gap between them evenly", () => {
    const known = new Map([
      [0, { start: 0, end: 100 }],
      [3, { start: 700, end: 1000 }],
    ]);
    expect(shareOutBands(known, 4, whole)).toEqual([
      { start: 0, end: 100 },
      { start: 100, end: 400 },
      { start: 400, end: 700 },
      { start: 700, end: 1000 },
    ]);
  });

  it("reaches to the table's edges for unknown bands at either end", () => {
    const known = new Map([[1, { start: 250, end: 750 }]]);
    expect(shareOutBands(known, 3, whole)).toEqual([
      { start: 0, end: 250 },
      { start: 250, end: 750 },
      { start: 750, end: 1000 },
    ]);
  });

  it("never gives a band a negative size when known bands overrun the table", () => {
    const known = new Map([[0, { start: 0, end: 1200 }]]);
    expect(shareOutBands(known, 2, whole)[1]).toEqual({ start: 1200, end: 1200 });
  });
});
