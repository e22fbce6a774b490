import { convertRgbToLab65, type Lab65, parseHex, parseRgbLegacy, type Rgb } from "culori/fn";
import { ciede2000 } from "./ciede2000";
import type { NamedColourId, Platform } from "./named-colour";
import type { Swatch } from "./swatch";
import { swatchesOf } from "./swatches";

/**
 * CIEDE2000 with lightness weighted half (kL = 2): a saturated red and a pastel red are both red
 * to a facilitator, so hue and chroma decide before lightness does.
 */
const WEIGHTS = { lightness: 2, chroma: 1, hue: 1 };
/** Fills this transparent are no fill at all. */
const MIN_ALPHA = 0.1;

/** A raw fill read as a named colour; `distance` is CIEDE2000, 0 for an exact swatch. */
export interface ColourMatch {
  colour: NamedColourId;
  distance: number;
  swatch: Swatch;
}

const labsByPlatform = new Map<Platform, { swatch: Swatch; lab: Lab65 }[]>();
const cache = new Map<string, ColourMatch | null>();

/**
 * The fills boards store: hex (`#rgb`, `#rrggbb`, `#rrggbbaa`) and `rgb()`/`rgba()` with commas.
 * Only these two culori parsers, and culori's conversion to Lab65 called directly: no mode
 * registered, so its CSS parser and named-colour table stay out of the panel page.
 */
function readFill(css: string): Rgb | undefined {
  const rgb = parseHex(css) ?? parseRgbLegacy(css);
  if (!rgb || [rgb.r, rgb.g, rgb.b].some(Number.isNaN)) return undefined;
  // As CSS does, a channel past its range is clamped: rgb(1e400, 0, 0) is red, not infinite.
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  return { ...rgb, r: clamp(rgb.r), g: clamp(rgb.g), b: clamp(rgb.b) };
}

function swatchLabs(platform: Platform): { swatch: Swatch; lab: Lab65 }[] {
  let labs = labsByPlatform.get(platform);
  if (!labs) {
    labs = swatchesOf(platform).flatMap((swatch) => {
      const rgb = readFill(swatch.hex);
      return rgb ? [{ swatch, lab: convertRgbToLab65(rgb) }] : [];
    });
    labsByPlatform.set(platform, labs);
  }
  return labs;
}

/**
 * The named colour of `platform` perceptually nearest to a CSS colour (`#rgb`, `#rrggbb`,
 * `#rrggbbaa`, `rgb(...)`, `rgba(...)`), or null when the text is not such a colour or is all but
 * transparent. Results are cached: boards repeat a handful of fills thousands of times.
 */
export function nearestColour(css: string, platform: Platform): ColourMatch | null {
  const key = `${platform}|${css.trim().toLowerCase()}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const parsed = readFill(css.trim().toLowerCase());
  let best: ColourMatch | null = null;
  if (parsed && (parsed.alpha ?? 1) >= MIN_ALPHA) {
    const lab = convertRgbToLab65(parsed);
    for (const candidate of swatchLabs(platform)) {
      const d = ciede2000(lab, candidate.lab, WEIGHTS);
      if (!best || d < best.distance) {
        best = { colour: candidate.swatch.colour, distance: d, swatch: candidate.swatch };
      }
    }
  }
  cache.set(key, best);
  return best;
}
