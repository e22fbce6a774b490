import { NAMED_COLOUR_IDS, type NamedColourId, platformName } from "../colour/named-colour";
import { hexOf } from "../colour/swatches";

/** Whether a stored fill is the wanted one, however the platform stores it (name or hex). */
export function sameFill(wanted: string | null, stored: string | null): boolean {
  if (wanted === stored) return true;
  if (wanted === null || stored === null) return false;
  if ((NAMED_COLOUR_IDS as string[]).includes(wanted)) {
    const named = wanted as NamedColourId;
    return stored === platformName(named) || stored.toUpperCase() === hexOf(named).toUpperCase();
  }
  return wanted.toUpperCase() === stored.toUpperCase();
}
