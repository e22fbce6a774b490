import type { StickyNoteShape } from "@mirohq/websdk-types";
import { invalidError } from "./miro-errors";

/** A sticky note's default size by shape, in dp, shadow included (Miro's documented values). */
export const STICKY_SIZES: Readonly<Record<StickyNoteShape, { width: number; height: number }>> = {
  square: { width: 199, height: 228 },
  rectangle: { width: 350, height: 228 },
};

/**
 * A sticky note's size from the width or the height asked for: Miro scales a sticky keeping its
 * shape's aspect ratio, so it takes one of the two, and a call giving both is refused.
 */
export function stickySize(
  shape: StickyNoteShape,
  width: number | undefined,
  height: number | undefined,
): { width: number; height: number } {
  const base = STICKY_SIZES[shape];
  if (width !== undefined && height !== undefined) {
    throw invalidError(
      "A sticky note takes width or height, not both: it keeps its shape's aspect ratio",
    );
  }
  const size = width ?? height;
  if (size !== undefined && !(Number.isFinite(size) && size > 0)) {
    throw invalidError(
      `A sticky note's ${width !== undefined ? "width" : "height"} must be positive`,
    );
  }
  if (width !== undefined) return { width, height: (width * base.height) / base.width };
  if (height !== undefined) return { width: (height * base.width) / base.height, height };
  return { ...base };
}
