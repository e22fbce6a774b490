import { MIRO_COLOUR_NAMES, type NamedColourId, type Platform } from "./named-colour";
import { nearestColour } from "./nearest-colour";

/** A board fill read as a named colour. A null colour means the item has no fill to read. */
export interface ResolvedColour {
  colour: NamedColourId | null;
  distance: number;
}

const MIRO_NAMES = new Set<string>(MIRO_COLOUR_NAMES);
const NO_FILL = new Set(["", "transparent", "none"]);

/**
 * Reads a raw fill as the platform stores it: a Miro sticky colour name (`light_yellow`), or a
 * CSS colour that is matched to the nearest named colour of the platform.
 */
export function resolveColour(raw: string | null | undefined, platform: Platform): ResolvedColour {
  const text = raw?.trim().toLowerCase() ?? "";
  if (NO_FILL.has(text)) return { colour: null, distance: 0 };
  if (MIRO_NAMES.has(text)) {
    // A Miro name on a FigJam board only arrives through a hand-made file; keep it exact.
    return { colour: `miro:${text}` as NamedColourId, distance: 0 };
  }
  const match = nearestColour(text, platform);
  return match ? { colour: match.colour, distance: match.distance } : { colour: null, distance: 0 };
}
