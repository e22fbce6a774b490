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
  if (raw == null) return NO_COLOUR;
  // Boards repeat a handful of fills thousands of times.
  const cache = platform === "miro" ? MIRO_CACHE : FIGJAM_CACHE;
  let known = cache.get(raw);
  if (!known) {
    known = resolveFresh(raw, platform);
    cache.set(raw, known);
  }
  return known;
}

const NO_COLOUR: ResolvedColour = Object.freeze({ colour: null, distance: 0 });
const MIRO_CACHE = new Map<string, ResolvedColour>();
const FIGJAM_CACHE = new Map<string, ResolvedColour>();

function resolveFresh(raw: string, platform: Platform): ResolvedColour {
  const text = raw.trim().toLowerCase();
  if (NO_FILL.has(text)) return NO_COLOUR;
  if (MIRO_NAMES.has(text)) {
    // A Miro name on a FigJam board only arrives through a hand-made file; keep it exact.
    return { colour: `miro:${text}` as NamedColourId, distance: 0 };
  }
  const match = nearestColour(text, platform);
  return match ? { colour: match.colour, distance: match.distance } : NO_COLOUR;
}
