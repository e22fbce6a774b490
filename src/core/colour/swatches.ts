import { FIGJAM_SWATCHES } from "./figjam-colours";
import { MIRO_SWATCHES } from "./miro-colours";
import type { NamedColourId, Platform } from "./named-colour";
import type { Swatch } from "./swatch";

/** Every swatch of a platform, the preferred one of each named colour first. */
export function swatchesOf(platform: Platform): readonly Swatch[] {
  return platform === "miro" ? MIRO_SWATCHES : FIGJAM_SWATCHES;
}

/** The fill a named colour is drawn with today (the current palette's swatch). */
export function hexOf(colour: NamedColourId): string {
  const swatch = [...MIRO_SWATCHES, ...FIGJAM_SWATCHES].find((s) => s.colour === colour);
  if (!swatch) throw new Error(`no swatch for ${colour}`);
  return swatch.hex;
}
