import type { Swatch } from "./swatch";

/**
 * FigJam's sticky colours. Boards carry two palettes: the current one and the one before it, which
 * long-lived boards still hold. The earlier "Light gray" shares its fill with today's Gray, so both
 * read as `figjam:gray`; the current palette comes first so that exact matches prefer it.
 */
export const FIGJAM_SWATCHES: readonly Swatch[] = [
  { colour: "figjam:white", palette: "figjam", label: "White", hex: "#FFFFFF" },
  { colour: "figjam:gray", palette: "figjam", label: "Gray", hex: "#E6E6E6" },
  { colour: "figjam:green", palette: "figjam", label: "Green", hex: "#B3EFBD" },
  { colour: "figjam:teal", palette: "figjam", label: "Teal", hex: "#B3F4EF" },
  { colour: "figjam:blue", palette: "figjam", label: "Blue", hex: "#A8DAFF" },
  { colour: "figjam:violet", palette: "figjam", label: "Violet", hex: "#D3BDFF" },
  { colour: "figjam:pink", palette: "figjam", label: "Pink", hex: "#FFA8DB" },
  { colour: "figjam:red", palette: "figjam", label: "Red", hex: "#FFB8A8" },
  { colour: "figjam:orange", palette: "figjam", label: "Orange", hex: "#FFD3A8" },
  { colour: "figjam:yellow", palette: "figjam", label: "Yellow", hex: "#FFE299" },
  { colour: "figjam:gray", palette: "figjam-earlier", label: "Gray", hex: "#AFBCCF" },
  { colour: "figjam:gray", palette: "figjam-earlier", label: "Light gray", hex: "#E6E6E6" },
  { colour: "figjam:red", palette: "figjam-earlier", label: "Red", hex: "#FFAFA3" },
  { colour: "figjam:orange", palette: "figjam-earlier", label: "Orange", hex: "#FFC470" },
  { colour: "figjam:yellow", palette: "figjam-earlier", label: "Yellow", hex: "#FFD966" },
  { colour: "figjam:green", palette: "figjam-earlier", label: "Green", hex: "#85E0A3" },
  { colour: "figjam:teal", palette: "figjam-earlier", label: "Teal", hex: "#75D7F0" },
  { colour: "figjam:blue", palette: "figjam-earlier", label: "Blue", hex: "#80CAFF" },
  { colour: "figjam:violet", palette: "figjam-earlier", label: "Violet", hex: "#D9B8FF" },
  { colour: "figjam:pink", palette: "figjam-earlier", label: "Pink", hex: "#FFBDF2" },
];
