import { MIRO_COLOUR_NAMES } from "../../../core/colour/named-colour";
import { invalidError } from "./miro-errors";

const STICKY_FILLS: ReadonlySet<string> = new Set(MIRO_COLOUR_NAMES);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Miro's smallest frame, each way. */
export const MIN_FRAME = 100;

/** A size as given, or its default; refused unless a positive number. */
export function positive(name: string, value: number | undefined, fallback: number): number {
  const size = value ?? fallback;
  if (!(Number.isFinite(size) && size > 0)) throw invalidError(`${name} must be positive`);
  return size;
}

/** A sticky note's fill must be one of Miro's 16 names: stickies take no other colour. */
export function checkStickyFill(fill: string): void {
  if (!STICKY_FILLS.has(fill)) {
    throw invalidError(`Invalid sticky note fillColor "${fill}": use one of Miro's 16 names`);
  }
}

/** A card's dates are YYYY-MM-DD, as Miro documents them. */
export function checkDate(name: string, date: string | undefined): void {
  if (date !== undefined && !DATE.test(date)) {
    throw invalidError(`Invalid ${name} "${date}": use YYYY-MM-DD`);
  }
}

/** A frame's size, refused below Miro's minimum. */
export function frameSize(width: number, height: number): { width: number; height: number } {
  if (
    positive("width", width, MIN_FRAME) < MIN_FRAME ||
    positive("height", height, MIN_FRAME) < MIN_FRAME
  ) {
    throw invalidError(`A frame is at least ${MIN_FRAME} x ${MIN_FRAME}`);
  }
  return { width, height };
}
