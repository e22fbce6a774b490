import { describe, expect, it } from "vitest";
import { budgetedSize, formatPageSizes, kilobytes } from "./page-size.ts";

describe("kilobytes", () => {
  it("counts 1000 bytes to the kilobyte with one decimal", () => {
    expect(kilobytes(41_349)).toBe("41.3 kB");
    expect(kilobytes(60_000)).toBe("60 kB");
    expect(kilobytes(0)).toBe("0 kB");
  });
});

describe("formatPageSizes", () => {
  it("prints each page at load and on demand, with its budget and what it counts when it has one", () => {
    const lines = formatPageSizes([
      { page: "index.html", initial: 80_120, onDemand: 0, largestOnDemand: 0 },
      {
        page: "panel.html",
        initial: 41_300,
        onDemand: 7_900,
        largestOnDemand: 3_500,
        budget: 60_000,
      },
    ]);
    expect(lines).toEqual([
      "index.html  80.1 kB gzipped at load, +0 kB on demand",
      "panel.html  41.3 kB gzipped at load, +7.9 kB on demand (budget 60 kB: at load + largest on-demand chunk = 44.8 kB)",
    ]);
  });
});

describe("budgetedSize", () => {
  it("counts what a page loads to be used: at load and its largest on-demand chunk", () => {
    const panel = { page: "app.html", initial: 57_400, onDemand: 10_100, largestOnDemand: 3_500 };
    expect(budgetedSize(panel)).toBe(60_900);
    expect(budgetedSize({ ...panel, onDemand: 0, largestOnDemand: 0 })).toBe(57_400);
  });
});
