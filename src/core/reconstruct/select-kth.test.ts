import { describe, expect, it } from "vitest";
import { selectKth } from "./select-kth";

describe("selectKth", () => {
  it("finds every order statistic of random arrays, ties included", () => {
    let seed = 3;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
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
