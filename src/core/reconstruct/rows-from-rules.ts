import type { Band } from "../model/band";
import type { Placed } from "./note-spread";

/** A rule is at most this many note heights thick: a line, not a box. */
const MAX_THICKNESS = 0.15;
/** A rule runs across at least this share of the stages (or this many note widths). */
const MIN_SPAN_SHARE = 0.4;
const MIN_NOTE_WIDTHS = 2;
/** Outlines that are lines whatever their box: a connector's or a line's box may be square-ish. */
const LINE_OUTLINES = new Set(["line", "straight", "elbowed", "curved"]);

/** Something drawn on the board that may be a rule: its box, its outline, whether it has words. */
export interface RuleCandidate extends Placed {
  text: string;
  shape?: string;
  rotation: number;
}

/**
 * The heights of the rules drawn across the grid: text-less lines, thin long shapes (Miro draws
 * rules as thin rectangles) and connectors running left to right over a good part of the stages.
 * Each one parts the rows above it from those below. Sorted top to bottom.
 */
export function rowsFromRules(
  items: readonly RuleCandidate[],
  across: Band,
  noteWidth: number,
  noteHeight: number,
): number[] {
  const minLength = Math.max(
    MIN_SPAN_SHARE * (across.end - across.start),
    MIN_NOTE_WIDTHS * noteWidth,
  );
  const rules: number[] = [];
  for (const item of items) {
    if (item.text.trim() !== "") continue;
    const quarterTurn = Math.abs(Math.round(item.rotation / 90)) % 2 === 1;
    const width = quarterTurn ? item.height : item.width;
    const height = quarterTurn ? item.width : item.height;
    const thin = height <= MAX_THICKNESS * noteHeight;
    if (!thin && !(item.shape && LINE_OUTLINES.has(item.shape) && height < width / 4)) continue;
    const left = Math.max(item.x - width / 2, across.start);
    const right = Math.min(item.x + width / 2, across.end);
    if (right - left >= minLength) rules.push(item.y);
  }
  return rules.sort((a, b) => a - b);
}
