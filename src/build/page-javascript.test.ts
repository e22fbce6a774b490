import { describe, expect, it } from "vitest";
import { pageJavaScript, type ScriptFile, totalGzipped } from "./page-javascript.ts";

function file(fileName: string, gzipped: number, imports: string[] = [], later: string[] = []) {
  const script: ScriptFile = { fileName, gzipped, imports, loadsLater: later };
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

  it("finds the most the page loads later in one go: a file and what it imports that is not loaded yet", () => {
    const page = pageJavaScript(["panel.js"], graph);
    // export.js brings papaparse.js with it; shared.js is loaded already.
    expect(names(page.largestOnDemand)).toEqual(["export.js", "papaparse.js"]);
    const words = new Map([
      file("app.js", 50, [], ["en.js", "sv.js", "da.js"]),
      file("en.js", 3, ["app.js"]),
      file("sv.js", 4, ["app.js"]),
      file("da.js", 3, ["app.js"]),
    ]);
    const app = pageJavaScript(["app.js"], words);
    expect(names(app.largestOnDemand)).toEqual(["sv.js"]);
    expect(totalGzipped(app.onDemand)).toBe(10);
    expect(pageJavaScript(["board.js"], graph).largestOnDemand).toEqual([]);
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
