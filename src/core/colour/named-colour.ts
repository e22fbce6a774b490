import * as z from "zod/mini";

/** The platforms whose sticky palettes the app knows. */
export type Platform = "miro" | "figjam";

/** Miro's 16 sticky colours, by the names its SDK and REST API use. */
export const MIRO_COLOUR_NAMES = [
  "gray",
  "light_yellow",
  "yellow",
  "orange",
  "light_green",
  "green",
  "dark_green",
  "cyan",
  "light_pink",
  "pink",
  "violet",
  "red",
  "light_blue",
  "blue",
  "dark_blue",
  "black",
] as const;

/** FigJam's 10 sticky colours; both of its palettes map onto these names. */
export const FIGJAM_COLOUR_NAMES = [
  "white",
  "gray",
  "green",
  "teal",
  "blue",
  "violet",
  "pink",
  "red",
  "orange",
  "yellow",
] as const;

export const NAMED_COLOUR_IDS = [
  ...MIRO_COLOUR_NAMES.map((name) => `miro:${name}` as const),
  ...FIGJAM_COLOUR_NAMES.map((name) => `figjam:${name}` as const),
];

/** A sticky colour qualified by its platform, e.g. `miro:light_yellow` or `figjam:teal`. */
export const NamedColourIdSchema = z.enum(NAMED_COLOUR_IDS as [NamedColourId, ...NamedColourId[]]);

export type NamedColourId =
  | `miro:${(typeof MIRO_COLOUR_NAMES)[number]}`
  | `figjam:${(typeof FIGJAM_COLOUR_NAMES)[number]}`;

/** The platform a named colour belongs to. */
export function platformOf(colour: NamedColourId): Platform {
  return colour.startsWith("miro:") ? "miro" : "figjam";
}

/** The platform's own name for the colour, e.g. `light_yellow`. */
export function platformName(colour: NamedColourId): string {
  return colour.slice(colour.indexOf(":") + 1);
}
