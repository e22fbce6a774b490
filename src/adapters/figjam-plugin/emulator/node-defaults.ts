/// <reference types="@figma/plugin-typings/plugin-api" />

/** A sticky's size: FigJam's documentation gives 240 x 240 for a new one. */
export const STICKY_SIZE = { width: 240, height: 240 } as const;
/** A wide sticky's size (`isWideWidth`). */
export const WIDE_STICKY_SIZE = { width: 416, height: 240 } as const;
/** A new shape with text: 208 x 208, as FigJam's documentation says. */
export const SHAPE_SIZE = { width: 208, height: 208 } as const;
/** A new section's size: unverified. */
export const SECTION_SIZE = { width: 100, height: 100 } as const;

/** The font FigJam writes stickies and shapes with. */
export const STICKY_FONT: FontName = { family: "Inter", style: "Medium" };
/** The font of a new text node and of table cells. */
export const TEXT_FONT: FontName = { family: "Inter", style: "Regular" };
/** A new text node's font size, as in Figma. */
export const TEXT_FONT_SIZE = 12;

/** A solid paint of a hex colour (`#RRGGBB`). */
export function solidPaint(hex: string): SolidPaint {
  const channel = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return { type: "SOLID", color: { r: channel(1), g: channel(3), b: channel(5) } };
}

/** A new sticky's fill, FigJam's gray: unverified (FigJam may use the last colour picked). */
export const STICKY_FILL = "#E6E6E6";
/** A new shape's and a new section's fill, white: unverified. */
export const SHAPE_FILL = "#FFFFFF";
/** A new text node's fill: black. */
export const TEXT_FILL = "#000000";
