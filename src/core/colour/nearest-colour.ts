import {
  convertRgbToLab65,
  differenceCiede2000,
  type Lab65,
  parseHex,
  parseRgbLegacy,
  type Rgb,
} from "culori/fn";
import type { NamedColourId, Platform } from "./named-colour";
import type { Swatch } from "./swatch";
import { swatchesOf } from "./swatches";

/**
 * CIEDE2000 with lightness weighted half (kL = 2): a saturated red and a pastel red are both red
 * to a facilitator, so hue and chroma decide before lightness does. It compares Lab65 colours
 * as they are, so no colour mode need be registered with culori.
 */
const distance = differenceCiede2000(2, 1, 1);
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
 * Only these two culori parsers, not its whole CSS parser with the named-colour table: the
 * panel page carries this code.
 */
function readFill(css: string): Rgb | undefined {
  return parseHex(css) ?? parseRgbLegacy(css);
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
      const d = distance(lab, candidate.lab);
      if (!best || d < best.distance) {
        best = { colour: candidate.swatch.colour, distance: d, swatch: candidate.swatch };
      }
    }
  }
  cache.set(key, best);
  return best;
}
