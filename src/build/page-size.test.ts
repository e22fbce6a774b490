import { describe, expect, it } from "vitest";
import { formatPageSizes, kilobytes } from "./page-size.ts";

describe("kilobytes", () => {
  it("counts 1000 bytes to the kilobyte with one decimal", () => {
    expect(kilobytes(41_349)).toBe("41.3 kB");
    expect(kilobytes(60_000)).toBe("60 kB");
    expect(kilobytes(0)).toBe("0 kB");
  });
});

describe("formatPageSizes", () => {
  it("prints each page at load and on demand, with its budget when it has one", () => {
    const lines = formatPageSizes([
      { page: "index.html", initial: 80_120, onDemand: 0 },
      { page: "panel.html", initial: 41_300, onDemand: 7_900, budget: 60_000 },
    ]);
    expect(lines).toEqual([
      "index.html  80.1 kB gzipped at load, +0 kB on demand",
      "panel.html  41.3 kB gzipped at load, +7.9 kB on demand (budget 60 kB)",
    ]);
  });
});
