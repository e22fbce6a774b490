/** Two hex digits for every byte, made once. */
const HEX = Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).padStart(2, "0").toUpperCase(),
);

const byteOf = (channel: number) => Math.round(Math.min(1, Math.max(0, channel)) * 255);

/** The part of a paint the fill is read from. */
interface PaintSeen {
  readonly type: string;
  readonly visible?: boolean | undefined;
  readonly color?: { readonly r: number; readonly g: number; readonly b: number } | undefined;
}

/**
 * A node's fill as `#RRGGBB`, as the Figma REST reader gives the same nodes': the first visible
 * solid paint, FigJam's palettes and custom colours alike; null for none, for fills that are
 * not solid, and for mixed fills (a symbol).
 */
export function hexOfFills(fills: ReadonlyArray<PaintSeen> | symbol | undefined): string | null {
  if (fills === undefined || typeof fills === "symbol") return null;
  for (const paint of fills) {
    if (paint.type !== "SOLID" || paint.visible === false || !paint.color) continue;
    const { r, g, b } = paint.color;
    return `#${HEX[byteOf(r)]}${HEX[byteOf(g)]}${HEX[byteOf(b)]}`;
  }
  return null;
}

const HEX_FILL = /^#([0-9a-f]{6})$/i;

/**
 * The fills that draw a `#RRGGBB` colour: one solid paint; none for null. Throws for any other
 * colour: the core gives FigJam its fills as hex (`storedFill`).
 */
export function solidFills(
  hex: string | null,
): { type: "SOLID"; color: { r: number; g: number; b: number } }[] {
  if (hex === null) return [];
  const digits = HEX_FILL.exec(hex)?.[1];
  if (!digits) throw new Error(`FigJam takes a fill as #RRGGBB, not ${hex}`);
  const channel = (at: number) => Number.parseInt(digits.slice(at, at + 2), 16) / 255;
  return [{ type: "SOLID", color: { r: channel(0), g: channel(2), b: channel(4) } }];
}
