import { MIRO_COLOUR_NAMES, platformName } from "../../core/colour/named-colour";
import { nearestColour } from "../../core/colour/nearest-colour";
import { storedFill } from "../../core/colour/stored-fill";
import type { ItemKind } from "../../core/model/note";
import type { StickyNoteProps } from "./miro-api";

type StickyColour = NonNullable<NonNullable<StickyNoteProps["style"]>["fillColor"]>;

const STICKY_NAMES = new Set<string>(MIRO_COLOUR_NAMES);

/**
 * A sticky note's fill as Miro takes it: one of its 16 names. A named colour of either platform
 * or a hex fill becomes the nearest Miro sticky colour; no fill leaves Miro's default.
 */
export function stickyColour(fill: string | null): StickyColour | undefined {
  const stored = storedFill(fill, "sticky", "miro");
  if (stored === null) return undefined;
  if (STICKY_NAMES.has(stored)) return stored as StickyColour;
  const near = nearestColour(stored, "miro");
  return near ? (platformName(near.colour) as StickyColour) : undefined;
}

/** Any other item's fill as Miro takes it: a hex colour, or `transparent` for none. */
export function hexFill(fill: string | null, kind: ItemKind): string {
  return storedFill(fill, kind, "miro") ?? "transparent";
}
