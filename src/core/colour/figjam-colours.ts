import type { Swatch } from "./swatch";

/**
 * FigJam's sticky colours. Boards carry two palettes: the current one and the one before it, which
 * long-lived boards still hold. The earlier "Light gray" shares its fill with today's Gray, so both
 * read as `figjam:gray`; the current palette comes first so that exact matches prefer it.
 */
export const FIGJAM_SWATCHES: readonly Swatch[] = [
  { colour: "figjam:white", palette: "figjam", hex: "#FFFFFF" },
  { colour: "figjam:gray", palette: "figjam", hex: "#E6E6E6" },
  { colour: "figjam:green", palette: "figjam", hex: "#B3EFBD" },
  { colour: "figjam:teal", palette: "figjam", hex: "#B3F4EF" },
  { colour: "figjam:blue", palette: "figjam", hex: "#A8DAFF" },
  { colour: "figjam:violet", palette: "figjam", hex: "#D3BDFF" },
  { colour: "figjam:pink", palette: "figjam", hex: "#FFA8DB" },
  { colour: "figjam:red", palette: "figjam", hex: "#FFB8A8" },
  { colour: "figjam:orange", palette: "figjam", hex: "#FFD3A8" },
  { colour: "figjam:yellow", palette: "figjam", hex: "#FFE299" },
  { colour: "figjam:gray", palette: "figjam-earlier", hex: "#AFBCCF" },
  { colour: "figjam:gray", palette: "figjam-earlier", hex: "#E6E6E6" }, // FigJam calls it “Light gray”
  { colour: "figjam:red", palette: "figjam-earlier", hex: "#FFAFA3" },
  { colour: "figjam:orange", palette: "figjam-earlier", hex: "#FFC470" },
  { colour: "figjam:yellow", palette: "figjam-earlier", hex: "#FFD966" },
  { colour: "figjam:green", palette: "figjam-earlier", hex: "#85E0A3" },
  { colour: "figjam:teal", palette: "figjam-earlier", hex: "#75D7F0" },
  { colour: "figjam:blue", palette: "figjam-earlier", hex: "#80CAFF" },
  { colour: "figjam:violet", palette: "figjam-earlier", hex: "#D9B8FF" },
  { colour: "figjam:pink", palette: "figjam-earlier", hex: "#FFBDF2" },
  // FigJam's shape and connector colours (figJamBase, figJamBaseLight), read as the sticky
  // colour of the same hue.
  { colour: "figjam:red", palette: "figjam-shape", hex: "#F24822" },
  { colour: "figjam:orange", palette: "figjam-shape", hex: "#FFA629" },
  { colour: "figjam:yellow", palette: "figjam-shape", hex: "#FFCD29" },
  { colour: "figjam:green", palette: "figjam-shape", hex: "#14AE5C" },
  { colour: "figjam:blue", palette: "figjam-shape", hex: "#0D99FF" },
  { colour: "figjam:violet", palette: "figjam-shape", hex: "#9747FF" },
  { colour: "figjam:gray", palette: "figjam-shape", hex: "#B3B3B3" },
  { colour: "figjam:red", palette: "figjam-shape", hex: "#FFC7C2" }, // FigJam calls it “Light red”
  { colour: "figjam:orange", palette: "figjam-shape", hex: "#FCD19C" }, // FigJam calls it “Light orange”
  { colour: "figjam:yellow", palette: "figjam-shape", hex: "#FFE8A3" }, // FigJam calls it “Light yellow”
  { colour: "figjam:green", palette: "figjam-shape", hex: "#AFF4C6" }, // FigJam calls it “Light green”
  { colour: "figjam:blue", palette: "figjam-shape", hex: "#BDE3FF" }, // FigJam calls it “Light blue”
  { colour: "figjam:violet", palette: "figjam-shape", hex: "#E4CCFF" }, // FigJam calls it “Light violet”
];
