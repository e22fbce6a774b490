import { describe, expect, it } from "vitest";
import { lowerBound } from "./sorted-search";

describe("lowerBound", () => {
  it("finds the first value not below the one asked for", () => {
    expect(lowerBound([1, 3, 3, 5], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 5], 4)).toBe(3);
    expect(lowerBound(Float64Array.from([1, 3, 3, 5]), 2)).toBe(1);
  });

  it("answers 0 below every value and the length above them all", () => {
    expect(lowerBound([1, 3, 5], 0)).toBe(0);
    expect(lowerBound([1, 3, 5], 9)).toBe(3);
    expect(lowerBound([], 1)).toBe(0);
  });
});
