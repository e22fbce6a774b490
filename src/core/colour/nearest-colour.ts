import { differenceCiede2000, type Lab65, modeLab65, modeRgb, parse, useMode } from "culori/fn";
import type { NamedColourId, Platform } from "./named-colour";
import type { Swatch } from "./swatch";
import { swatchesOf } from "./swatches";

useMode(modeRgb);
const toLab = useMode(modeLab65);
/**
 * CIEDE2000 with lightness weighted half (kL = 2): a saturated red and a pastel red are both red
 * to a facilitator, so hue and chroma decide before lightness does.
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

function swatchLabs(platform: Platform): { swatch: Swatch; lab: Lab65 }[] {
  let labs = labsByPlatform.get(platform);
  if (!labs) {
    labs = swatchesOf(platform).map((swatch) => ({ swatch, lab: toLab(swatch.hex) as Lab65 }));
    labsByPlatform.set(platform, labs);
  }
  return labs;
}

/**
 * The named colour of `platform` perceptually nearest to a CSS colour (`#rgb`, `#rrggbb`,
 * `#rrggbbaa`, `rgb(...)`), or null when the text is not a colour or is all but transparent. Results are cached: boards
 * repeat a handful of fills thousands of times.
 */
export function nearestColour(css: string, platform: Platform): ColourMatch | null {
  const key = `${platform}|${css.trim().toLowerCase()}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const parsed = parse(css.trim());
  let best: ColourMatch | null = null;
  if (parsed && (parsed.alpha ?? 1) >= MIN_ALPHA) {
    const lab = toLab(parsed) as Lab65;
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
