import { describe, expect, it } from "vitest";
import { Random } from "../../corpus/random";

const seeded = (seed: number) => {
  const source = new Random(seed);
  return () => source.next();
};

import { selectKth } from "./select-kth";

describe("selectKth", () => {
  it("finds every order statistic of random arrays, ties included", () => {
    const random = seeded(3);
    for (let round = 0; round < 30; round++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 60) }, () =>
        Math.floor(random() * 20),
      );
      const sorted = [...values].sort((a, b) => a - b);
      sorted.forEach((expected, k) => {
        expect(selectKth(Float64Array.from(values), k)).toBe(expected);
      });
    }
  });
});
