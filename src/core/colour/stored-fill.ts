import type { ItemKind } from "../model/note";
import { NAMED_COLOUR_IDS, type NamedColourId, type Platform, platformName } from "./named-colour";
import { hexOf } from "./swatches";

/**
 * A fill as the platform stores it: Miro keeps sticky colours by name (`miro:red` -> `red`),
 * everything else is a hex fill (`miro:red` -> its swatch's hex). A hex fill or null stays.
 */
export function storedFill(fill: string | null, kind: ItemKind, platform: Platform): string | null {
  if (fill === null || !(NAMED_COLOUR_IDS as string[]).includes(fill)) return fill;
  const named = fill as NamedColourId;
  return platform === "miro" && kind === "sticky" ? platformName(named) : hexOf(named);
}
