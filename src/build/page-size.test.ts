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
      { page: "index.html", initial: 80_120, onDemand: 0 },
      {
        page: "panel.html",
        initial: 41_300,
        onDemand: 7_900,
        atStart: { label: "its words", gzipped: 3_500 },
        budget: 60_000,
      },
      { page: "other.html", initial: 41_300, onDemand: 7_900, budget: 50_000 },
    ]);
    expect(lines).toEqual([
      "index.html  80.1 kB gzipped at load, +0 kB on demand",
      "panel.html  41.3 kB gzipped at load, +7.9 kB on demand (budget 60 kB: at load + its words = 44.8 kB)",
      "other.html  41.3 kB gzipped at load, +7.9 kB on demand (budget 50 kB: at load = 41.3 kB)",
    ]);
  });
});

describe("budgetedSize", () => {
  it("counts what a page loads to open: at load and the largest of its loads at start", () => {
    const panel = {
      page: "app.html",
      initial: 53_100,
      onDemand: 16_000,
      atStart: { label: "its words", gzipped: 3_500 },
    };
    expect(budgetedSize(panel)).toBe(56_600);
    expect(budgetedSize({ ...panel, atStart: { label: "its words", gzipped: 0 } })).toBe(53_100);
  });

  it("counts nothing on demand when the page loads nothing at start that its build knows of", () => {
    expect(budgetedSize({ page: "app.html", initial: 53_100, onDemand: 16_000 })).toBe(53_100);
  });
});
