import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every source file of the panel, tests aside. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("board text in the panel", () => {
  it("is only ever rendered as text, never as HTML", () => {
    const files = sources(import.meta.dirname);
    expect(files.length).toBeGreaterThan(20);
    const html = ["dangerously", "SetInnerHTML"].join("");
    const offenders = files.filter((file) => {
      const text = readFileSync(file, "utf8");
      return text.includes(html) || /\.(inner|outer)HTML\b|insertAdjacentHTML/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
