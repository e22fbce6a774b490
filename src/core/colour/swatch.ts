import type { NamedColourId } from "./named-colour";

/** The palettes a sticky colour can come from. */
export type Palette = "miro" | "miro-shape" | "figjam" | "figjam-earlier" | "figjam-shape";

/** One fill that a platform offers under a name. Several swatches may share a named colour. */
export interface Swatch {
  colour: NamedColourId;
  palette: Palette;
  /** Upper-case `#RRGGBB`. */
  hex: string;
}
