/** How messy a generated board is. */
export type MessLevel = "clean" | "moderate" | "heavy";
export const MESS_LEVELS: readonly MessLevel[] = ["clean", "moderate", "heavy"];

/** What each level of mess does to a board; shares are of the notes unless said otherwise. */
export interface Mess {
  /** Random offset of a note, as a share of its size, each way. */
  jitter: number;
  /** Notes in a wrong colour inside a labelled row (position still decides). */
  wrongColour: number;
  /** Notes with a custom fill near, but not on, a named colour. */
  customFill: number;
  /** Notes pushed onto a neighbour. */
  overlap: number;
  /** Notes pushed to the edge of their stage, straddling into the gap. */
  edge: number;
  /** Spread of note sizes, as a share, each way. */
  sizeSpread: number;
  /** Stray notes in a parking lot off to the side. */
  parked: number;
  /** Share of cells left empty. */
  emptyCell: number;
  /** Whether one stage is left empty (where a header or frame still shows it). */
  emptyStage: boolean;
  /** Whether FigJam notes mix both palettes on one board. */
  mixedPalettes: boolean;
}

export const MESS: Record<MessLevel, Mess> = {
  clean: {
    jitter: 0.02,
    wrongColour: 0,
    customFill: 0,
    overlap: 0,
    edge: 0,
    sizeSpread: 0,
    parked: 0,
    emptyCell: 0.1,
    emptyStage: false,
    mixedPalettes: false,
  },
  moderate: {
    jitter: 0.12,
    wrongColour: 0.08,
    customFill: 0.1,
    overlap: 0.1,
    edge: 0.03,
    sizeSpread: 0.1,
    parked: 3,
    emptyCell: 0.25,
    emptyStage: false,
    mixedPalettes: false,
  },
  heavy: {
    jitter: 0.2,
    wrongColour: 0.2,
    customFill: 0.25,
    overlap: 0.25,
    edge: 0.06,
    sizeSpread: 0.25,
    parked: 6,
    emptyCell: 0.35,
    emptyStage: true,
    mixedPalettes: true,
  },
};
