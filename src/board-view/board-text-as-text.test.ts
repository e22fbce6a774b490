import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The code that shows board text in a page: the panel, the drawn board and the playground's
 * pages. Biome's rule covers only JSX's dangerouslySetInnerHTML, not DOM calls, so this reads them.
 */
const BROWSER_CODE = ["../panel", ".", "../apps/playground"].map((dir) =>
  join(import.meta.dirname, dir),
);

/** Every source file under a folder, tests aside. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("board text in the panel, the drawn board and the playground", () => {
  it("is only ever put in a page as text, never parsed as HTML", () => {
    const files = BROWSER_CODE.flatMap(sources);
    expect(files.length).toBeGreaterThan(60);
    const html = ["dangerously", "SetInnerHTML"].join("");
    const parsesHtml =
      /\.(inner|outer)HTML\b|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write/;
    const offenders = files.filter((file) => {
      const text = readFileSync(file, "utf8");
      return text.includes(html) || parsesHtml.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
