import type { NamedColourId, Platform } from "../core/colour/named-colour";
import { platformName } from "../core/colour/named-colour";
import type { Palette } from "../core/colour/swatch";
import { swatchesOf } from "../core/colour/swatches";
import type { Random } from "./random";

/**
 * The fill a platform stores for a named colour: Miro's colour name, or FigJam's RGB from the
 * chosen palette. A custom fill nudges FigJam's RGB a little off the swatch, as a picked colour is.
 */
export function noteFill(
  colour: NamedColourId,
  platform: Platform,
  palette: Palette,
  custom: boolean,
  random: Random,
): string {
  if (platform === "miro") return platformName(colour);
  const swatches = swatchesOf("figjam").filter((s) => s.colour === colour);
  const swatch = swatches.find((s) => s.palette === palette) ?? swatches[0];
  if (!swatch) throw new Error(`no FigJam swatch for ${colour}`);
  if (!custom) return swatch.hex;
  const channels = [1, 3, 5].map((at) => Number.parseInt(swatch.hex.slice(at, at + 2), 16));
  const nudged = channels.map((c) => Math.max(0, Math.min(255, c + random.int(-6, 6))));
  return `#${nudged
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}
