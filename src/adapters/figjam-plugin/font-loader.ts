/** A font as FigJam names it. */
export interface Font {
  family: string;
  style: string;
}

/** Inter Medium is a sticky's and a shape's text when made, Inter Regular a text node's. */
export const MEDIUM: Font = { family: "Inter", style: "Medium" };
export const REGULAR: Font = { family: "Inter", style: "Regular" };
export const BOLD: Font = { family: "Inter", style: "Bold" };

const keyOf = (font: Font) => `${font.family}\u0000${font.style}`;

/**
 * The fonts loaded so far: FigJam refuses to set a text before its font is loaded, and loading
 * is a round trip even when cached, so each font is loaded once per session.
 */
export class FontLoader {
  private readonly loaded = new Set<string>();

  /** @param loadFont loads one font (`figma.loadFontAsync`) */
  constructor(private readonly loadFont: (font: Font) => Promise<void>) {}

  /** Whether the font can be used without waiting. */
  has(font: Font): boolean {
    return this.loaded.has(keyOf(font));
  }

  /** Loads the fonts not loaded yet, one after the other. */
  async load(fonts: readonly Font[]): Promise<void> {
    for (const font of fonts) {
      if (this.has(font)) continue;
      await this.loadFont(font);
      this.loaded.add(keyOf(font));
    }
  }
}
