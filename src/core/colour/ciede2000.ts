/** A CIELAB colour: lightness 0..100 and the two opponent axes. */
export interface LabColour {
  l: number;
  a: number;
  b: number;
}

/** The parametric weights kL, kC, kH of CIEDE2000; a weight of 2 halves that term's say. */
export interface Ciede2000Weights {
  lightness: number;
  chroma: number;
  hue: number;
}

const SAME_WEIGHTS: Ciede2000Weights = { lightness: 1, chroma: 1, hue: 1 };
const TWO_PI = 2 * Math.PI;
const DEGREE = Math.PI / 180;
const POW_25_7 = 25 ** 7;

/**
 * The CIEDE2000 colour difference of `sample` from `reference`, following Sharma, Wu and Dalal,
 * "The CIEDE2000 Color-Difference Formula: Implementation Notes" (2005), and checked against
 * their test data and culori's `differenceCiede2000`. Written here rather than taken from culori:
 * culori's version converts its arguments through its mode registry, which brings culori's whole
 * CSS colour parser into the panel page (a kilobyte of its budget) for Lab colours that need no
 * conversion.
 */
export function ciede2000(
  reference: LabColour,
  sample: LabColour,
  weights: Ciede2000Weights = SAME_WEIGHTS,
): number {
  const meanChroma = (Math.hypot(reference.a, reference.b) + Math.hypot(sample.a, sample.b)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanChroma ** 7 / (meanChroma ** 7 + POW_25_7)));
  const a1 = reference.a * (1 + g);
  const a2 = sample.a * (1 + g);
  const c1 = Math.hypot(a1, reference.b);
  const c2 = Math.hypot(a2, sample.b);
  const h1 = hueAngle(a1, reference.b);
  const h2 = hueAngle(a2, sample.b);
  const neutral = c1 * c2 === 0;

  let dh = neutral ? 0 : h2 - h1;
  if (dh > Math.PI) dh -= TWO_PI;
  else if (dh < -Math.PI) dh += TWO_PI;
  const dL = sample.l - reference.l;
  const dC = c2 - c1;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(dh / 2);

  const meanL = (reference.l + sample.l) / 2;
  const meanC = (c1 + c2) / 2;
  let meanH = h1 + h2;
  if (!neutral) {
    meanH /= 2;
    if (Math.abs(h1 - h2) > Math.PI) meanH += meanH < Math.PI ? Math.PI : -Math.PI;
  }
  const t =
    1 -
    0.17 * Math.cos(meanH - 30 * DEGREE) +
    0.24 * Math.cos(2 * meanH) +
    0.32 * Math.cos(3 * meanH + 6 * DEGREE) -
    0.2 * Math.cos(4 * meanH - 63 * DEGREE);
  const lFromMid = (meanL - 50) ** 2;
  const sL = 1 + (0.015 * lFromMid) / Math.sqrt(20 + lFromMid);
  const sC = 1 + 0.045 * meanC;
  const sH = 1 + 0.015 * meanC * t;
  const rotation = 30 * DEGREE * Math.exp(-(((meanH / DEGREE - 275) / 25) ** 2));
  const rT = -2 * Math.sqrt(meanC ** 7 / (meanC ** 7 + POW_25_7)) * Math.sin(2 * rotation);

  const lightness = dL / (weights.lightness * sL);
  const chroma = dC / (weights.chroma * sC);
  const hue = dH / (weights.hue * sH);
  return Math.sqrt(lightness ** 2 + chroma ** 2 + hue ** 2 + rT * chroma * hue);
}

/** The hue angle in radians, 0..2π; 0 for a neutral colour. */
function hueAngle(a: number, b: number): number {
  if (a === 0 && b === 0) return 0;
  const angle = Math.atan2(b, a);
  return angle < 0 ? angle + TWO_PI : angle;
}
