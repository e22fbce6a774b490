import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EDGES_ON_PANEL, TEXT_ON_BACKGROUND } from "./panel-contrast-test-kit";

/** The panel's colour tokens, as panel.css sets them on .jm-panel. */
function tokens(): Map<string, string> {
  const css = readFileSync(join(import.meta.dirname, "panel.css"), "utf8");
  return new Map(
    [...css.matchAll(/--jm-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1] ?? "", m[2] ?? ""]),
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

describe("the panel's colours", () => {
  const colour = tokens();
  const pair = (fg: string, bg: string) => contrast(colour.get(fg) ?? "", colour.get(bg) ?? "");

  it("give text at least 4.5:1 on every background it is written on (WCAG AA)", () => {
    for (const [fg, bg] of TEXT_ON_BACKGROUND)
      expect(pair(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it("give a field's edge and the focus ring at least 3:1 on the panel (WCAG 1.4.11)", () => {
    for (const [edge, bg] of EDGES_ON_PANEL) {
      expect(pair(edge, bg), `${edge} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
});
