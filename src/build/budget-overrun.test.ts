import { describe, expect, it } from "vitest";
import { budgetOverrun } from "./budget-overrun.ts";

const chunks = [
  { name: "assets/panel.js", gzipped: 20_000 },
  { name: "assets/sv.js", gzipped: 45_000 },
];
const modules = [
  { name: "node_modules/a.js", gzipped: 1_000 },
  { name: "node_modules/zod/v4/classic/schemas.js", gzipped: 30_000 },
  { name: "src/panel/panel.tsx", gzipped: 4_000 },
  { name: "b.js", gzipped: 10 },
  { name: "c.js", gzipped: 20 },
  { name: "d.js", gzipped: 30 },
];
const words = (gzipped: number) => ({ label: "its words", gzipped });

describe("budgetOverrun", () => {
  it("is undefined at or under the budget, and for pages without one", () => {
    const page = { page: "panel.html", initial: 50_000, onDemand: 10_000, atStart: words(10_000) };
    expect(budgetOverrun({ ...page, budget: 60_000 }, chunks, modules)).toBeUndefined();
    expect(budgetOverrun(page, chunks, modules)).toBeUndefined();
  });

  it("counts the largest load at start, not what comes later", () => {
    // Three languages of words, 3.5 kB each, of which a user loads one, and 5.9 kB of exports.
    const page = { page: "app.html", initial: 56_500, onDemand: 16_400, atStart: words(3_500) };
    expect(budgetOverrun({ ...page, budget: 60_000 }, chunks, modules)).toBeUndefined();
    expect(budgetOverrun({ ...page, budget: 59_999 }, chunks, modules)).toMatch(
      /^app\.html loads 60 kB of JavaScript gzipped to open \(56\.5 kB at load \+ 3\.5 kB, its words\): 0 kB over/,
    );
  });

  it("counts what loads at once alone when nothing loads on demand at start", () => {
    const page = { page: "app.html", initial: 60_500, onDemand: 16_400, budget: 60_000 };
    expect(budgetOverrun(page, chunks, modules)).toMatch(
      /^app\.html loads 60\.5 kB of JavaScript gzipped to open \(all at load\): 0\.5 kB over its budget of 60 kB\.\n/,
    );
  });

  it("names the biggest chunks and modules first", () => {
    const page = {
      page: "panel.html",
      initial: 20_000,
      onDemand: 45_000,
      atStart: words(45_000),
      budget: 60_000,
    };
    expect(budgetOverrun(page, chunks, modules)).toBe(
      [
        "panel.html loads 65 kB of JavaScript gzipped to open (20 kB at load + 45 kB, its words): 5 kB over its budget of 60 kB.",
        "  Biggest chunks: assets/sv.js 45 kB, assets/panel.js 20 kB",
        "  Biggest modules (each gzipped alone): node_modules/zod/v4/classic/schemas.js 30 kB, " +
          "src/panel/panel.tsx 4 kB, node_modules/a.js 1 kB, d.js 0 kB, c.js 0 kB",
      ].join("\n"),
    );
  });
});
