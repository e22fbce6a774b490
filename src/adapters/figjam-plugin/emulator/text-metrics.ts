import type { TextNodeRecord } from "./figjam-record";

/** Roughly how wide a character of Inter is, relative to its size. */
const CHAR_WIDTH = 0.55;
/** Inter's auto line height, relative to its size. */
const LINE_HEIGHT = 1.21;

/**
 * A text node's size after its text or font size changed, as its `textAutoResize` says:
 * `WIDTH_AND_HEIGHT` fits both to the text, `HEIGHT` keeps the width and fits the height (lines
 * wrapped), `NONE` and `TRUNCATE` keep the box. The measure is rough (a fixed width per character),
 * which is all a test needs: the box grows with the text and is never guessed by the plugin.
 */
export function fitText(record: TextNodeRecord): void {
  const lines = record.text.characters.split("\n");
  const charWidth = record.fontSize * CHAR_WIDTH;
  const lineHeight = Math.round(record.fontSize * LINE_HEIGHT);
  switch (record.textAutoResize) {
    case "WIDTH_AND_HEIGHT": {
      const longest = Math.max(0, ...lines.map((line) => line.length));
      record.width = Math.ceil(longest * charWidth);
      record.height = lines.length * lineHeight;
      return;
    }
    case "HEIGHT": {
      const perLine = Math.max(1, Math.floor(record.width / charWidth));
      const rows = lines.reduce(
        (sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)),
        0,
      );
      record.height = rows * lineHeight;
      return;
    }
    default:
      return;
  }
}
