import type { Swatch } from "./swatch";

/**
 * Miro's sticky colours. Miro stores stickies by name; the fills are what the names render as,
 * which Miro does not publish, so they serve only to match shapes and custom fills by nearness.
 */
export const MIRO_SWATCHES: readonly Swatch[] = [
  { colour: "miro:gray", palette: "miro", label: "Gray", hex: "#F5F6F8" },
  { colour: "miro:light_yellow", palette: "miro", label: "Light yellow", hex: "#FFF9B1" },
  { colour: "miro:yellow", palette: "miro", label: "Yellow", hex: "#F5D128" },
  { colour: "miro:orange", palette: "miro", label: "Orange", hex: "#FF9D48" },
  { colour: "miro:light_green", palette: "miro", label: "Light green", hex: "#D5F692" },
  { colour: "miro:green", palette: "miro", label: "Green", hex: "#C9DF56" },
  { colour: "miro:dark_green", palette: "miro", label: "Dark green", hex: "#93D275" },
  { colour: "miro:cyan", palette: "miro", label: "Cyan", hex: "#67C6C0" },
  { colour: "miro:light_pink", palette: "miro", label: "Light pink", hex: "#FFCEE0" },
  { colour: "miro:pink", palette: "miro", label: "Pink", hex: "#EA94BB" },
  { colour: "miro:violet", palette: "miro", label: "Violet", hex: "#C6A2D2" },
  { colour: "miro:red", palette: "miro", label: "Red", hex: "#F0939D" },
  { colour: "miro:light_blue", palette: "miro", label: "Light blue", hex: "#A6CCF5" },
  { colour: "miro:blue", palette: "miro", label: "Blue", hex: "#6CD8FA" },
  { colour: "miro:dark_blue", palette: "miro", label: "Dark blue", hex: "#9EA9FF" },
  { colour: "miro:black", palette: "miro", label: "Black", hex: "#000000" },
];
