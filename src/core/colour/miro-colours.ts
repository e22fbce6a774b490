import type { Swatch } from "./swatch";

/**
 * Miro's sticky colours. Miro stores stickies by name; the fills are what the names render as,
 * which Miro does not publish, so they serve only to match shapes and custom fills by nearness.
 * The sticky swatch of each colour comes first: it is the one the app draws with.
 */
export const MIRO_SWATCHES: readonly Swatch[] = [
  { colour: "miro:gray", palette: "miro", hex: "#F5F6F8" },
  { colour: "miro:light_yellow", palette: "miro", hex: "#FFF9B1" },
  { colour: "miro:yellow", palette: "miro", hex: "#F5D128" },
  { colour: "miro:orange", palette: "miro", hex: "#FF9D48" },
  { colour: "miro:light_green", palette: "miro", hex: "#D5F692" },
  { colour: "miro:green", palette: "miro", hex: "#C9DF56" },
  { colour: "miro:dark_green", palette: "miro", hex: "#93D275" },
  { colour: "miro:cyan", palette: "miro", hex: "#67C6C0" },
  { colour: "miro:light_pink", palette: "miro", hex: "#FFCEE0" },
  { colour: "miro:pink", palette: "miro", hex: "#EA94BB" },
  { colour: "miro:violet", palette: "miro", hex: "#C6A2D2" },
  { colour: "miro:red", palette: "miro", hex: "#F0939D" },
  { colour: "miro:light_blue", palette: "miro", hex: "#A6CCF5" },
  { colour: "miro:blue", palette: "miro", hex: "#6CD8FA" },
  { colour: "miro:dark_blue", palette: "miro", hex: "#9EA9FF" },
  { colour: "miro:black", palette: "miro", hex: "#000000" },
  // Miro's documented shape fills that stand for the same 16 colours.
  { colour: "miro:green", palette: "miro-shape", hex: "#D0E17A" },
  { colour: "miro:blue", palette: "miro-shape", hex: "#23BFE7" },
  { colour: "miro:dark_blue", palette: "miro-shape", hex: "#7B92FF" },
  { colour: "miro:red", palette: "miro-shape", hex: "#F16C7F" },
  { colour: "miro:violet", palette: "miro-shape", hex: "#B384BB" },
  // The saturated fills of Miro's colour picker, which teams use on shapes and custom notes.
  { colour: "miro:red", palette: "miro-shape", hex: "#F24726" },
  { colour: "miro:yellow", palette: "miro-shape", hex: "#FAC710" },
  { colour: "miro:green", palette: "miro-shape", hex: "#8FD14F" },
  { colour: "miro:blue", palette: "miro-shape", hex: "#2D9BF0" },
  { colour: "miro:violet", palette: "miro-shape", hex: "#652CB3" },
  { colour: "miro:pink", palette: "miro-shape", hex: "#DA0063" },
  { colour: "miro:cyan", palette: "miro-shape", hex: "#12CDD4" },
  { colour: "miro:dark_green", palette: "miro-shape", hex: "#0CA789" },
  { colour: "miro:dark_blue", palette: "miro-shape", hex: "#414BB2" },
  { colour: "miro:gray", palette: "miro-shape", hex: "#808080" },
  { colour: "miro:black", palette: "miro-shape", hex: "#1A1A1A" },
];
