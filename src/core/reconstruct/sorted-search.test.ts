import { describe, expect, it } from "vitest";
import { firstEndingAfter, lowerBound } from "./sorted-search";

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

describe("firstEndingAfter", () => {
  const gaps = [
    { start: 0, end: 10 },
    { start: 20, end: 30 },
    { start: 40, end: 50 },
  ];

  it("finds the first interval that ends after the place asked for", () => {
    expect(firstEndingAfter(gaps, 5)).toBe(0);
    expect(firstEndingAfter(gaps, 10)).toBe(1);
    expect(firstEndingAfter(gaps, 35)).toBe(2);
  });

  it("answers the length when every interval ends at or before it", () => {
    expect(firstEndingAfter(gaps, 50)).toBe(3);
    expect(firstEndingAfter([], 1)).toBe(0);
  });
});
