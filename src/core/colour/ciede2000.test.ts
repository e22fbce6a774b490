import { differenceCiede2000, type Lab65 } from "culori/fn";
import { describe, expect, it } from "vitest";
import { ciede2000, type LabColour } from "./ciede2000";
import { FIGJAM_SWATCHES } from "./figjam-colours";
import { MIRO_SWATCHES } from "./miro-colours";
import { nearestColour } from "./nearest-colour";

/** Sharma, Wu and Dalal (2005), table 1: L*a*b* of both colours and ΔE00 (kL = kC = kH = 1). */
const SHARMA: [number, number, number, number, number, number, number][] = [
  [50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
  [50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615],
  [50, 2.8361, -74.02, 50, 0, -82.7485, 3.4412],
  [50, -1.3802, -84.2814, 50, 0, -82.7485, 1],
  [50, -1.1848, -84.8006, 50, 0, -82.7485, 1],
  [50, -0.9009, -85.5211, 50, 0, -82.7485, 1],
  [50, 0, 0, 50, -1, 2, 2.3669],
  [50, -1, 2, 50, 0, 0, 2.3669],
  [50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792],
  [50, 2.49, -0.001, 50, -2.49, 0.001, 7.1792],
  [50, 2.49, -0.001, 50, -2.49, 0.0011, 7.2195],
  [50, 2.49, -0.001, 50, -2.49, 0.0012, 7.2195],
  [50, -0.001, 2.49, 50, 0.0009, -2.49, 4.8045],
  [50, -0.001, 2.49, 50, 0.001, -2.49, 4.8045],
  [50, -0.001, 2.49, 50, 0.0011, -2.49, 4.7461],
  [50, 2.5, 0, 50, 0, -2.5, 4.3065],
  [50, 2.5, 0, 73, 25, -18, 27.1492],
  [50, 2.5, 0, 61, -5, 29, 22.8977],
  [50, 2.5, 0, 56, -27, -3, 31.903],
  [50, 2.5, 0, 58, 24, 15, 19.4535],
  [50, 2.5, 0, 50, 3.1736, 0.5854, 1],
  [50, 2.5, 0, 50, 3.2972, 0, 1],
  [50, 2.5, 0, 50, 1.8634, 0.5757, 1],
  [50, 2.5, 0, 50, 3.2592, 0.335, 1],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

const lab = (l: number, a: number, b: number): Lab65 => ({ mode: "lab65", l, a, b });

describe("ciede2000", () => {
  it.each(SHARMA)("matches Sharma's test data: (%f, %f, %f) to (%f, %f, %f) is %f", (...row) => {
    const [l1, a1, b1, l2, a2, b2, expected] = row;
    expect(ciede2000(lab(l1, a1, b1), lab(l2, a2, b2))).toBeCloseTo(expected, 4);
    expect(ciede2000(lab(l2, a2, b2), lab(l1, a1, b1))).toBeCloseTo(expected, 4);
  });

  it("is 0 for one colour", () => {
    expect(ciede2000(lab(62, 12, -30), lab(62, 12, -30))).toBe(0);
    expect(ciede2000(lab(40, 0, 0), lab(40, 0, 0))).toBe(0);
  });

  it("agrees with culori's differenceCiede2000, weights included, over many colours", () => {
    // A fixed walk through Lab space, neutral colours and hue wrap-arounds included.
    const colours: LabColour[] = [];
    for (let i = 0; i < 400; i++) {
      const hue = (i * 137.5 * Math.PI) / 180;
      const chroma = i % 7 === 0 ? 0 : (i * 13) % 120;
      colours.push(lab((i * 37) % 101, chroma * Math.cos(hue), chroma * Math.sin(hue)));
    }
    for (const [kL, kC, kH] of [
      [1, 1, 1],
      [2, 1, 1],
      [1, 2, 3],
    ] as const) {
      const culori = differenceCiede2000(kL, kC, kH);
      const weights = { lightness: kL, chroma: kC, hue: kH };
      colours.forEach((colour, i) => {
        const other = colours[(i * 31 + 7) % colours.length] ?? colour;
        const theirs = culori(lab(colour.l, colour.a, colour.b), lab(other.l, other.a, other.b));
        expect(ciede2000(colour, other, weights)).toBeCloseTo(theirs, 9);
      });
    }
  });

  it("leaves every swatch its own nearest colour, as culori's difference did", () => {
    for (const swatch of [...MIRO_SWATCHES, ...FIGJAM_SWATCHES]) {
      const platform = swatch.colour.startsWith("miro:") ? "miro" : "figjam";
      expect(nearestColour(swatch.hex, platform)?.colour).toBe(swatch.colour);
    }
  });
});
