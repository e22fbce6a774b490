import { describe, expect, it } from "vitest";
import { Random } from "../../corpus/random";

const seeded = (seed: number) => {
  const source = new Random(seed);
  return () => source.next();
};

import { mergeIntervals } from "./intervals";
import { NoteSpread } from "./note-spread";

function spread(spans: [number, number][]) {
  return new NoteSpread(
    Float64Array.from(spans, ([a, b]) => (a + b) / 2),
    Float64Array.from(spans, ([a, b]) => b - a),
  );
}

describe("NoteSpread", () => {
  it("merges overlapping and touching notes into blocks", () => {
    const s = spread([
      [0, 10],
      [5, 20],
      [20, 25],
      [40, 50],
      [45, 48],
      [70, 80],
    ]);
    expect(s.blocks()).toEqual([
      { start: 0, end: 25 },
      { start: 40, end: 50 },
      { start: 70, end: 80 },
    ]);
    expect(s.gaps()).toEqual([
      { start: 25, end: 40 },
      { start: 50, end: 70 },
    ]);
    expect(s.blocks(1, 15)).toEqual([
      { start: 0, end: 50 },
      { start: 70, end: 80 },
    ]);
  });

  it("covers only the middle of each note when asked", () => {
    const s = spread([
      [0, 100],
      [90, 190],
    ]);
    expect(s.blocks(0.5)).toEqual([
      { start: 25, end: 75 },
      { start: 115, end: 165 },
    ]);
  });

  it("agrees with merging the intervals one by one, on random boards", () => {
    const random = seeded(7);
    for (let round = 0; round < 50; round++) {
      const spans: [number, number][] = Array.from({ length: 40 }, () => {
        const start = Math.round(random() * 1000);
        return [start, start + 1 + Math.round(random() * 60)];
      });
      const expected = mergeIntervals(spans.map(([start, end]) => ({ start, end })));
      expect(spread(spans).blocks()).toEqual(expected);
    }
  });

  it("merges with a tolerance as it would note by note, on random boards with fractions", () => {
    const random = seeded(19);
    for (let round = 0; round < 50; round++) {
      const spans: [number, number][] = Array.from({ length: 60 }, () => {
        const start = random() * 3000;
        return [start, start + 0.1 + random() * 80];
      });
      const tolerance = random() * 40;
      // Note by note, in the order the pieces start, as blocks without a tolerance are read.
      const pieces = spans
        .map(([a, b]) => ({ start: (a + b) / 2 - (b - a) / 4, end: (a + b) / 2 + (b - a) / 4 }))
        .sort((p, q) => p.start - q.start);
      const expected: { start: number; end: number }[] = [];
      for (const piece of pieces) {
        const last = expected[expected.length - 1];
        if (last && piece.start - last.end <= tolerance) last.end = Math.max(last.end, piece.end);
        else expected.push({ ...piece });
      }
      const s = spread(spans);
      expect(s.blocks(0.5, tolerance)).toEqual(expected);
      expect(s.blocks(0.5, tolerance)).toBe(s.blocks(0.5, tolerance));
    }
  });

  it("gives quantiles of the middles", () => {
    const s = spread([
      [0, 2],
      [10, 12],
      [20, 22],
      [30, 32],
    ]);
    expect(s.quantile(0)).toBe(1);
    expect(s.quantile(0.5)).toBe(21);
    expect(s.quantile(1)).toBe(31);
    expect(spread([]).quantile(0.5)).toBeNaN();
  });
});
