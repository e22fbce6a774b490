import type { BoardItem } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";

/** A sticky's size when the file gives none: Miro's default square sticky, FigJam's fixed one. */
export const DEFAULT_STICKY_SIZE: Record<Platform, { width: number; height: number }> = {
  miro: { width: 199, height: 228 },
  figjam: { width: 240, height: 240 },
};

/** The font size of text and shapes when the item gives none, in board units. */
export const DEFAULT_FONT_SIZE = 24;

const LINE_HEIGHT = 1.3;
/** An average glyph is about this share of the font size wide, in the system sans-serif fonts. */
const GLYPH_WIDTH = 0.6;

/**
 * The size an item is drawn at. Files often leave sizes out (Miro's REST API gives a text item
 * only its width, a sticky sometimes neither): the drawn board still needs a box to show and to
 * hit, so a missing size comes from the platform's default, or from the text it holds.
 */
export function drawnSize(item: BoardItem, platform: Platform): { width: number; height: number } {
  const { width, height } = item;
  if (width > 0 && height > 0) return { width, height };
  switch (item.kind) {
    case "sticky": {
      const standard = DEFAULT_STICKY_SIZE[platform];
      // Miro keeps a sticky's shape: one side given sets the other.
      if (width > 0) return { width, height: (width * standard.height) / standard.width };
      if (height > 0) return { width: (height * standard.width) / standard.height, height };
      return standard;
    }
    case "text": {
      const fontSize = item.style?.fontSize ?? DEFAULT_FONT_SIZE;
      const wide =
        width > 0 ? width : Math.max(40, longestLine(item.text) * fontSize * GLYPH_WIDTH + 8);
      return { width: wide, height: height > 0 ? height : textHeight(item.text, wide, fontSize) };
    }
    case "connector":
      return { width: 0, height: 0 };
    default:
      return { width: width > 0 ? width : 120, height: height > 0 ? height : 80 };
  }
}

function longestLine(text: string): number {
  return Math.max(1, ...text.split("\n").map((line) => line.length));
}

/** The height wrapped text takes in a box of the given width. */
export function textHeight(text: string, width: number, fontSize: number): number {
  return wrappedLines(text, width, fontSize) * fontSize * LINE_HEIGHT;
}

/**
 * How many lines the text wraps to in the width, estimated from an average glyph width: words
 * go to the next line whole, and a word longer than a line takes as many as it needs.
 */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * GLYPH_WIDTH)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const room = used === 0 ? perLine : perLine - used - 1;
      if (word.length <= room) {
        used += (used === 0 ? 0 : 1) + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/** Characters in the longest word, which a font size must fit on one line. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => [...word].length));
}

/**
 * The largest font size, between `min` and `max`, at which the text fits the box: Miro and
 * FigJam shrink a sticky's text as it grows, so a long note stays inside its square.
 */
export function fitFontSize(
  text: string,
  box: { width: number; height: number },
  limits: { min: number; max: number } = { min: 8, max: 40 },
): number {
  // Every redraw asks again for every note; the answer only changes with the note.
  const key = `${limits.min}|${limits.max}|${box.width}|${box.height}|${text}`;
  let size = fitted.get(key);
  if (size === undefined) {
    if (fitted.size >= MAX_FITTED) fitted.clear();
    size = fitFresh(text, box, limits);
    fitted.set(key, size);
  }
  return size;
}

const fitted = new Map<string, number>();
const MAX_FITTED = 20_000;

function fitFresh(
  text: string,
  box: { width: number; height: number },
  limits: { min: number; max: number },
): number {
  const padding = Math.min(box.width, box.height) * 0.08;
  const width = Math.max(1, box.width - 2 * padding);
  const height = Math.max(1, box.height - 2 * padding);
  const wordLimit = width / (Math.max(1, longestWord(text)) * GLYPH_WIDTH);
  for (let size = Math.min(limits.max, Math.floor(wordLimit)); size > limits.min; size -= 1) {
    if (textHeight(text, width, size) <= height) return size;
  }
  return limits.min;
}
