import type { Platform } from "../../core/colour/named-colour";
import type { Language } from "../../core/lexicon/lane-words";
import type { LaneSource, StageSource } from "../../core/reconstruct/grid";
import { da } from "./da";
import { en } from "./en";
import { sv } from "./sv";

/** How one journey was read, in figures: what the command line's summary tells. */
export interface ReadingFigures {
  placed: number;
  stages: number;
  lanes: number;
  /** Notes read as the board's structure: stage headers, lane labels, legend, vote dots. */
  structure: number;
  /** Notes that are neither placed nor structure. */
  unplaced: number;
  stageSource: StageSource;
  laneSource: LaneSource;
  legendSource: "user" | "board" | "default";
  /** The journey runs down the board. */
  vertical: boolean;
}

/**
 * The words the command line writes on standard error about a board, in the board's language:
 * the reader there is the facilitator who ran the workshop. Errors stay in English (see
 * cli-error.ts): they are for whoever runs the command, and are searched for as they are.
 */
export interface CliWords {
  /** "Read 12 notes from a Miro board". */
  readFrom: (notes: number, platform: Platform) => string;
  /** "Read 50 notes from a Miro board of 2 journeys". */
  readFromSeveral: (notes: number, platform: Platform, journeys: number) => string;
  /** "32 notes": one journey's share of a board of several. */
  notes: (count: number) => string;
  /** "12 placed in 3 stages and 4 lanes, ... (stages from the header row, ...)". */
  howRead: (figures: ReadingFigures) => string;
  /** The note that the first of several journeys is the one used, with the list to pick from. */
  firstOfSeveral: (journeys: number, list: string) => string;
  /** A journey without a title, in that list. */
  untitled: string;
  /** The note that an export of actions holds none: the board has none yet. */
  noActions: (file: string) => string;
  /** An export of actions from a board whose only ones are suggestions, left out on request. */
  onlySuggestions: (file: string, suggestions: number) => string;
  /** A template written to a file: "Wrote board.json: 3 stages × 9 lanes (Workshop journey, en), 55 items". */
  wroteTemplate: (file: string, template: WrittenTemplate) => string;
}

/** What a template written to a file holds, for the line that says so. */
export interface WrittenTemplate {
  stages: number;
  lanes: number;
  /** The preset's name in the template's language, or null for lanes of the user's choosing. */
  preset: string | null;
  language: Language;
  items: number;
}

const WORDS: Record<Language, CliWords> = { en, sv, da };

/** The command line's words in a language. */
export function cliWords(language: Language): CliWords {
  return WORDS[language];
}
