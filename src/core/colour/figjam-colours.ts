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
  // FigJam's shape and connector colours (figJamBase, figJamBaseLight), read as the sticky
  // colour of the same hue.
  { colour: "figjam:red", palette: "figjam-shape", label: "Red", hex: "#F24822" },
  { colour: "figjam:orange", palette: "figjam-shape", label: "Orange", hex: "#FFA629" },
  { colour: "figjam:yellow", palette: "figjam-shape", label: "Yellow", hex: "#FFCD29" },
  { colour: "figjam:green", palette: "figjam-shape", label: "Green", hex: "#14AE5C" },
  { colour: "figjam:blue", palette: "figjam-shape", label: "Blue", hex: "#0D99FF" },
  { colour: "figjam:violet", palette: "figjam-shape", label: "Violet", hex: "#9747FF" },
  { colour: "figjam:gray", palette: "figjam-shape", label: "Gray", hex: "#B3B3B3" },
  { colour: "figjam:red", palette: "figjam-shape", label: "Light red", hex: "#FFC7C2" },
  { colour: "figjam:orange", palette: "figjam-shape", label: "Light orange", hex: "#FCD19C" },
  { colour: "figjam:yellow", palette: "figjam-shape", label: "Light yellow", hex: "#FFE8A3" },
  { colour: "figjam:green", palette: "figjam-shape", label: "Light green", hex: "#AFF4C6" },
  { colour: "figjam:blue", palette: "figjam-shape", label: "Light blue", hex: "#BDE3FF" },
  { colour: "figjam:violet", palette: "figjam-shape", label: "Light violet", hex: "#E4CCFF" },
];
