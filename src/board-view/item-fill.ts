import { MIRO_COLOUR_NAMES, type NamedColourId } from "../core/colour/named-colour";
import { hexOf } from "../core/colour/swatches";

const MIRO_NAMES = new Set<string>(MIRO_COLOUR_NAMES);
const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL = /^(?:rgba?|hsla?)\(\s*[-\d.%\s,/]+\)$/i;
const KEYWORD = /^[a-z]{3,30}$/i;
const NO_FILL = new Set(["", "transparent", "none"]);

/**
 * The CSS colour a board fill is drawn with, or null for none. Miro stores sticky colours by
 * name (`light_yellow`), drawn with the core's swatch for the name; FigJam and custom fills are
 * CSS colours, drawn as given. A fill comes from a file anyone can hand us, so only plain colour
 * syntax passes: `url(...)` and the like would make the page fetch from elsewhere.
 */
export function fillCss(fill: string | null): string | null {
  if (fill === null) return null;
  const text = fill.trim().toLowerCase();
  if (NO_FILL.has(text)) return null;
  if (MIRO_NAMES.has(text)) return hexOf(`miro:${text}` as NamedColourId);
  if (HEX.test(text) || FUNCTIONAL.test(text) || KEYWORD.test(text)) return text;
  return null;
}

/** Text colour for a fill: white on dark fills, near-black on light ones and on none. */
export function inkOn(css: string | null): string {
  const rgb = css === null ? null : rgbOf(css);
  if (!rgb) return "#1a1a1a";
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.18 ? "#ffffff" : "#1a1a1a";
}

/** The red, green and blue (0..255) of a hex or `rgb()` colour; null for other syntax. */
function rgbOf(css: string): [number, number, number] | null {
  if (HEX.test(css)) {
    const digits = css.slice(1);
    const full =
      digits.length <= 4 ? [...digits.slice(0, 3)].map((d) => d + d).join("") : digits.slice(0, 6);
    return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as [
      number,
      number,
      number,
    ];
  }
  const numbers = /^rgba?\(([^)]*)\)$/i
    .exec(css)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean);
  if (!numbers || numbers.length < 3) return null;
  return numbers.slice(0, 3).map((n) => Math.min(255, Number.parseFloat(n))) as [
    number,
    number,
    number,
  ];
}
