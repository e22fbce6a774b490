import { htmlToText } from "../../../core/text/html-to-text";

/** Roughly how wide a character of the board's default font is, relative to its size. */
const CHAR_WIDTH = 0.55;
const LINE_HEIGHT = 1.4;

/**
 * A text item's size: Miro takes only its width and works the height out from the content and
 * the font size. Without a width, the text is as wide as its longest line. The emulator's
 * measure is rough (a fixed width per character), which is all a test needs: the height grows
 * with the lines, the wrapped ones too, and is never set by the app.
 */
export function textSize(
  content: string,
  fontSize: number,
  width: number | undefined,
): { width: number; height: number } {
  const lines = htmlToText(content).split("\n");
  const charWidth = fontSize * CHAR_WIDTH;
  const longest = Math.max(1, ...lines.map((line) => line.length));
  const wide = width ?? Math.ceil(longest * charWidth);
  const perLine = Math.max(1, Math.floor(wide / charWidth));
  const rows = lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return { width: wide, height: Math.round(rows * fontSize * LINE_HEIGHT) };
}
