import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cssRemoteFetches } from "../../build/css-remote-fetches.ts";
import { EDGES_ON_PANEL, TEXT_ON_BACKGROUND } from "../../panel/panel-contrast-test-kit";

const theme = readFileSync(join(import.meta.dirname, "miro-theme.css"), "utf8");
const panel = readFileSync(join(import.meta.dirname, "../../panel/panel.css"), "utf8");

/** The --jm-* properties a style sheet sets, by name without the prefix. */
function properties(css: string): Map<string, string> {
  const declarations = css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/--jm-([\w-]+):\s*([^;]+);/g);
  return new Map(
    [...declarations].map((m) => [m[1] ?? "", (m[2] ?? "").replace(/\s+/g, " ").trim()]),
  );
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((at) => {
      const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("the Miro theme", () => {
  const miro = properties(theme);
  const pair = (fg: string, bg: string) => contrast(miro.get(fg) ?? "", miro.get(bg) ?? "");

  it("sets every property the panel declares but its monospace font (mirotone has none), and no other", () => {
    const declared = [...properties(panel).keys()].filter((name) => name !== "mono");
    expect([...miro.keys()].sort()).toEqual(declared.sort());
  });

  it("takes Miro's palette: mirotone's primary blue, its text colour and its field radius", () => {
    expect(miro.get("accent")).toBe("#314cd9");
    expect(miro.get("fg")).toBe("#343741");
    expect(miro.get("radius")).toBe("4px");
    expect(miro.get("font")).toMatch(/^"Open Sans", .*sans-serif/);
  });

  it("gives text at least 4.5:1 on every background it is written on (WCAG AA)", () => {
    for (const [fg, bg] of TEXT_ON_BACKGROUND)
      expect(pair(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it("gives a field's edge and the focus ring at least 3:1 on the panel (WCAG 1.4.11)", () => {
    for (const [edge, bg] of EDGES_ON_PANEL) {
      expect(pair(edge, bg), `${edge} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("asks no host for a font or anything else", () => {
    expect(cssRemoteFetches(theme)).toEqual([]);
    expect(theme).not.toMatch(/@import|@font-face/);
  });
});
