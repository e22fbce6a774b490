import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";

/** Which of an item's sides the app sets; the platform works out the others. */
export interface SidesSet {
  width: boolean;
  height: boolean;
}

const BOTH: SidesSet = { width: true, height: true };
const WIDTH: SidesSet = { width: true, height: false };
const NEITHER: SidesSet = { width: false, height: false };

/**
 * What each platform lets the app size. Miro fits a text's and a card's height to their
 * content and keeps a sticky note's shape, so the app gives their width alone; FigJam's sticky
 * notes have one size, and its texts grow to their content. Comparing a side the platform works
 * out would ask for a change on every run, and never get it.
 */
const SIDES: Record<Platform, Partial<Record<BoardItem["kind"], SidesSet>>> = {
  miro: { text: WIDTH, card: WIDTH, sticky: WIDTH },
  figjam: { text: WIDTH, sticky: NEITHER, card: NEITHER },
};

/** The sides of an item of this kind that the app sets on this platform. */
export function sidesSet(platform: Platform, kind: BoardItem["kind"]): SidesSet {
  return SIDES[platform][kind] ?? BOTH;
}

/**
 * Kinds whose size is fixed once made: Miro's Web SDK keeps a shape's width and height
 * read-only, so a shape of another size is made anew rather than changed.
 */
const FIXED_SIZE: Record<Platform, ReadonlySet<BoardItem["kind"]>> = {
  miro: new Set(["shape"]),
  figjam: new Set(),
};

/** Whether the platform can change the size of an item of this kind after it is made. */
export function resizable(platform: Platform, kind: BoardItem["kind"]): boolean {
  return !FIXED_SIZE[platform].has(kind);
}
