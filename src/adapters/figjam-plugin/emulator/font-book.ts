/// <reference types="@figma/plugin-typings/plugin-api" />
import { refusedError, unloadedFontError } from "./figjam-errors";

/** The fonts a FigJam file offers by default: Inter, which stickies (Medium) and text use. */
export const DEFAULT_FONTS: readonly FontName[] = ["Regular", "Medium", "Semi Bold", "Bold"].map(
  (style) => ({ family: "Inter", style }),
);

function keyOf(font: FontName): string {
  return `${font.family}\u0000${font.style}`;
}

/**
 * The fonts available to the plugin and those it has loaded. FigJam refuses to write text whose
 * font the plugin has not loaded with `figma.loadFontAsync`, and keeps a loaded font for the run.
 */
export class FontBook {
  private readonly available: Set<string>;
  private readonly loaded = new Set<string>();

  constructor(fonts: readonly FontName[]) {
    this.available = new Set(fonts.map(keyOf));
  }

  /** Loads a font, as `loadFontAsync` does once it resolves; throws for one not available. */
  load(input: FontNameInput): void {
    const font = { family: input.family, style: input.style ?? "Regular" };
    if (!this.available.has(keyOf(font))) {
      throw refusedError(
        "loadFontAsync",
        `The font "${font.family} ${font.style}" could not be loaded`,
      );
    }
    this.loaded.add(keyOf(font));
  }

  isLoaded(font: FontName): boolean {
    return this.loaded.has(keyOf(font));
  }

  /** Throws as FigJam does when text is written in a font not loaded. */
  requireLoaded(call: string, font: FontName): void {
    if (!this.isLoaded(font)) throw unloadedFontError(call, font);
  }

  /** The fonts loaded so far, as `family style`. */
  loadedNames(): string[] {
    return [...this.loaded].map((key) => key.replace("\u0000", " "));
  }
}
