import { attempt, type FigJamSession } from "./figjam-session";
import type { FigmaTextNode, FigmaTextSublayer } from "./figma-api";
import { BOLD, type Font } from "./font-loader";

/** A text to write: the sublayer of a sticky or a shape, or a text node's own. */
type Writable = Pick<FigmaTextSublayer, "characters" | "fontName"> | FigmaTextNode;

/**
 * Writes a text in its font, bold where asked: the font it will be written in is loaded first
 * (FigJam refuses text in a font not loaded), usually already by the write's start. A text
 * whose fonts are mixed (a person styled part of it) takes the app's plain font whole.
 */
export async function writeText(
  session: FigJamSession,
  target: Writable,
  text: string,
  options: { bold?: boolean | undefined; plain: Font },
): Promise<void> {
  const current = target.fontName;
  const font: Font = options.bold ? BOLD : typeof current === "symbol" ? options.plain : current;
  if (!session.fonts.has(font)) await session.fonts.load([font]);
  if (
    typeof current === "symbol" ||
    current.family !== font.family ||
    current.style !== font.style
  ) {
    attempt(session, () => {
      target.fontName = { family: font.family, style: font.style };
    });
  }
  if (target.characters !== text) {
    attempt(session, () => {
      target.characters = text;
    });
  }
}
