import { describe, expect, it } from "vitest";
import { pageJavaScript, type ScriptFile, totalGzipped } from "./page-javascript.ts";

function file(fileName: string, gzipped: number, imports: string[] = [], later: string[] = []) {
  const modules = [`/app/${fileName.replace(/\.js$/, ".ts")}`];
  const script: ScriptFile = { fileName, gzipped, imports, loadsLater: later, modules };
  return [fileName, script] as const;
}

const graph = new Map([
  file("panel.js", 30, ["shared.js"], ["export.js"]),
  file("shared.js", 10, ["zod.js"]),
  file("zod.js", 5),
  file("export.js", 4, ["shared.js", "papaparse.js"]),
  file("papaparse.js", 6, [], ["panel.js"]),
  file("board.js", 50, ["shared.js"]),
]);

/** A panel that fetches one language's words as it opens, and its exports when asked for them. */
const panel = new Map([
  file("app.js", 50, [], ["en.js", "sv.js", "da.js", "export.js"]),
  file("en.js", 3, ["app.js"]),
  file("sv.js", 4, ["app.js", "plural.js"]),
  file("da.js", 3, ["app.js"]),
  file("plural.js", 1),
  file("export.js", 9, ["app.js"]),
]);
const words = (moduleIds: readonly string[]) =>
  moduleIds.every((id) => /^\/app\/(en|sv|da)\.ts$/.test(id));

const names = (files: ScriptFile[]) => files.map((f) => f.fileName).sort();

describe("pageJavaScript", () => {
  it("counts the entry and its static imports, transitively, as loaded at start", () => {
    const page = pageJavaScript(["panel.js"], graph);
    expect(names(page.initial)).toEqual(["panel.js", "shared.js", "zod.js"]);
    expect(totalGzipped(page.initial)).toBe(45);
  });

  it("counts what dynamic imports reach, and their static imports, once, as on demand", () => {
    const page = pageJavaScript(["panel.js"], graph);
    expect(names(page.onDemand)).toEqual(["export.js", "papaparse.js"]);
    expect(totalGzipped(page.onDemand)).toBe(10);
  });

  it("finds the most the page loads on demand as it opens: a start file and what it imports that is not loaded yet", () => {
    const app = pageJavaScript(["app.js"], panel, words);
    // sv.js brings plural.js with it; app.js is loaded already. export.js weighs more, but
    // comes later, when a task asks for it.
    expect(names(app.largestAtStart)).toEqual(["plural.js", "sv.js"]);
    expect(totalGzipped(app.largestAtStart)).toBe(5);
    expect(totalGzipped(app.onDemand)).toBe(20);
  });

  it("counts the largest on-demand load when it loads at start", () => {
    const page = pageJavaScript(["app.js"], panel, () => true);
    expect(names(page.largestAtStart)).toEqual(["export.js"]);
  });

  it("loads nothing on demand at start unless told which files do", () => {
    expect(pageJavaScript(["app.js"], panel).largestAtStart).toEqual([]);
    expect(pageJavaScript(["panel.js"], graph).largestAtStart).toEqual([]);
    expect(pageJavaScript(["board.js"], graph, () => true).largestAtStart).toEqual([]);
  });

  it("leaves out what only another page loads", () => {
    const page = pageJavaScript(["panel.js"], graph);
    expect(names([...page.initial, ...page.onDemand])).not.toContain("board.js");
  });

  it("skips names that are not files of the build", () => {
    const page = pageJavaScript(["panel.js", "external.js"], graph);
    expect(page.initial).toHaveLength(3);
  });
});
