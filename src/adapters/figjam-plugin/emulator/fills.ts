/// <reference types="@figma/plugin-typings/plugin-api" />
import { modeRgb, useMode } from "culori/fn";
import { storedFill } from "../../../core/colour/stored-fill";
import type { ItemKind } from "../../../core/model/note";

const toRgb = useMode(modeRgb);

/**
 * A record's fill as FigJam paints: a hex or CSS colour, or one of FigJam's named colours
 * (`figjam:teal`) as the swatch it is drawn with today; null for none.
 */
export function paintsOf(fill: string | null, kind: ItemKind): Paint[] {
  const colour = storedFill(fill, kind, "figjam");
  if (colour === null) return [];
  const rgb = toRgb(colour);
  if (!rgb) throw new Error(`"${fill}" is no colour FigJam can paint`);
  const clamp = (channel: number) => Math.min(1, Math.max(0, channel));
  return [{ type: "SOLID", color: { r: clamp(rgb.r), g: clamp(rgb.g), b: clamp(rgb.b) } }];
}
