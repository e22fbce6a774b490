import type { FigmaPaint } from "./figma-rest-schema";

/** Two hex digits for every byte, made once. */
const HEX = Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).padStart(2, "0").toUpperCase(),
);

function byteOf(channel: number): number {
  return Math.round(Math.min(1, Math.max(0, channel)) * 255);
}

/** Fills as hex, one string per colour: a board repeats a handful of fills many times. */
const FILLS = new Map<number, string>();

/** The first visible solid paint as `#RRGGBB`, or null where there is none. */
export function hexOfPaints(fills: readonly FigmaPaint[] | undefined): string | null {
  if (!fills) return null;
  for (const fill of fills) {
    if (fill.type !== "SOLID" || fill.visible === false || !fill.color) continue;
    const key = byteOf(fill.color.r) * 65536 + byteOf(fill.color.g) * 256 + byteOf(fill.color.b);
    let hex = FILLS.get(key);
    if (hex === undefined) {
      hex = `#${HEX[key >> 16]}${HEX[(key >> 8) & 255]}${HEX[key & 255]}`;
      FILLS.set(key, hex);
    }
    return hex;
  }
  return null;
}
