import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cssRemoteFetches } from "../../build/css-remote-fetches.ts";
import { EDGES_ON_PANEL, TEXT_ON_BACKGROUND } from "../../panel/panel-contrast-test-kit";

const theme = readFileSync(join(import.meta.dirname, "figjam-theme.css"), "utf8");
const panel = readFileSync(join(import.meta.dirname, "../../panel/panel.css"), "utf8");

/**
 * FigJam's dark values of the variables the theme reads, as Figma's UI3 palette has them
 * (written down here by hand: in FigJam, FigJam sets them). The light ones are the fallbacks.
 */
const FIGJAM_DARK: Readonly<Record<string, string>> = {
  bg: "#2c2c2c",
  "bg-secondary": "#383838",
  text: "#ffffff",
  border: "#444444",
  "icon-secondary": "#ffffffb3",
  "bg-brand-tertiary": "#394360",
  "bg-danger-tertiary": "#60332a",
  "bg-warning-tertiary": "#5c4100",
};

/** The --jm-* properties one rule of a style sheet sets, by name without the prefix. */
function properties(css: string, selector: string): Map<string, string> {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rule = [...bare.matchAll(/([^{};]+)\{([^}]*)\}/g)].find((m) => m[1]?.trim() === selector);
  const declarations = (rule?.[2] ?? "").matchAll(/--jm-([\w-]+):\s*([^;]+);/g);
  return new Map(
    [...declarations].map((m) => [m[1] ?? "", (m[2] ?? "").replace(/\s+/g, " ").trim()]),
  );
}

const LIGHT = properties(theme, ".jm-figjam .jm-panel");
const DARK_OVERRIDES = properties(theme, ".figma-dark .jm-figjam .jm-panel");

/** An sRGB colour with its alpha, channels 0-255, alpha 0-1. */
type Rgba = readonly [number, number, number, number];

/**
 * The colour a property's value comes to in a theme: a FigJam variable is its fallback in the
 * light theme and FigJam's dark value in the dark one; a colour-mix with transparent keeps the
 * colour and scales its alpha, as CSS mixes in premultiplied sRGB.
 */
function resolve(value: string, dark: boolean): Rgba {
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(value);
  if (hex) {
    const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt((hex[1] ?? "").slice(at, at + 2), 16));
    return [r ?? 0, g ?? 0, b ?? 0, hex[2] === undefined ? 1 : Number.parseInt(hex[2], 16) / 255];
  }
  const variable = /^var\(--figma-color-([\w-]+), (#[0-9a-f]+)\)$/i.exec(value);
  if (variable) {
    const darkValue = FIGJAM_DARK[variable[1] ?? ""];
    if (dark && darkValue === undefined) throw new Error(`no dark value for ${value}`);
    return resolve(dark ? (darkValue ?? "") : (variable[2] ?? ""), dark);
  }
  const mix = /^color-mix\(in srgb, (.+) (\d+)%, transparent\)$/.exec(value);
  if (mix) {
    const [r, g, b, a] = resolve(mix[1] ?? "", dark);
    return [r, g, b, (a * Number(mix[2])) / 100];
  }
  throw new Error(`cannot read the colour ${value}`);
}

/** The theme's colour of a property, over an opaque colour when it is see-through. */
function colour(name: string, dark: boolean, under: Rgba = [255, 255, 255, 1]): Rgba {
  const value = (dark ? DARK_OVERRIDES.get(name) : undefined) ?? LIGHT.get(name) ?? "";
  const [r, g, b, a] = resolve(value, dark);
  const over = (c: number, u: number) => c * a + u * (1 - a);
  return [over(r, under[0]), over(g, under[1]), over(b, under[2]), 1];
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: Rgba, b: Rgba): number {
  const luminance = ([r, g, bl]: Rgba) => {
    const [lr = 0, lg = 0, lb = 0] = [r, g, bl].map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("the FigJam theme", () => {
  const themes = [
    ["light (the fallbacks)", false],
    ["dark (FigJam's dark values)", true],
  ] as const;
  const pair = (fg: string, bg: string, dark: boolean) => {
    const under = colour(bg, dark, dark ? [0, 0, 0, 1] : [255, 255, 255, 1]);
    return contrast(colour(fg, dark, under), under);
  };

  it("sets every property the panel declares but its monospace font (FigJam has none), and no other", () => {
    const declared = [...properties(panel, ".jm-panel").keys()].filter((name) => name !== "mono");
    expect([...LIGHT.keys()].sort()).toEqual(declared.sort());
  });

  it("takes FigJam's colours from its variables, its font first and its small radius", () => {
    expect(LIGHT.get("bg")).toBe("var(--figma-color-bg, #ffffff)");
    expect(LIGHT.get("surface")).toBe("var(--figma-color-bg-secondary, #f5f5f5)");
    expect(LIGHT.get("fg")).toBe("var(--figma-color-text, #000000e5)");
    expect(LIGHT.get("border")).toBe("var(--figma-color-border, #e6e6e6)");
    expect(LIGHT.get("accent-soft")).toBe("var(--figma-color-bg-brand-tertiary, #e5f4ff)");
    expect(LIGHT.get("font")).toMatch(/^Inter, system-ui, .*sans-serif$/);
    expect(LIGHT.get("radius")).toBe("5px");
  });

  it("follows the dark theme: every colour is a FigJam variable or set again under .figma-dark", () => {
    const colours = [...LIGHT.entries()].filter(([, value]) => /^(#|var\(|color-mix)/.test(value));
    for (const [name, value] of colours) {
      expect(value.includes("var(--figma-color-") || DARK_OVERRIDES.has(name), name).toBe(true);
    }
    expect([...DARK_OVERRIDES.keys()].sort()).toEqual(["accent", "accent-fg", "danger", "focus"]);
  });

  for (const [label, dark] of themes) {
    it(`gives text at least 4.5:1 on every background it is written on (WCAG AA), ${label}`, () => {
      for (const [fg, bg] of TEXT_ON_BACKGROUND) {
        expect(pair(fg, bg, dark), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`gives a field's edge and the focus ring at least 3:1 on the panel (WCAG 1.4.11), ${label}`, () => {
      for (const [edge, bg] of EDGES_ON_PANEL) {
        expect(pair(edge, bg, dark), `${edge} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it("asks no host for a font or anything else", () => {
    expect(cssRemoteFetches(theme)).toEqual([]);
    expect(theme).not.toMatch(/@import|@font-face/);
  });
});
