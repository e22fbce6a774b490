import type { BoardItem } from "../../core/board/board-item";
import type { Platform } from "../../core/colour/named-colour";
import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import type { Random } from "../random";

/** The ways real workshop boards differ from the app's own template, as categories of the corpus. */
export const REAL_CATEGORIES = [
  "partial-labels",
  "question-labels",
  "team-legend",
  "cards-votes",
  "table-grid",
  "title-shapes",
  "two-journeys",
  "vertical",
  "workshop",
] as const;
export type RealCategory = (typeof REAL_CATEGORIES)[number];

/** One real-world board to draw: the category, its language and platform, and a seed. */
export interface RealRecipe {
  category: RealCategory;
  language: Language;
  platform: Platform;
  seed: number;
}

/** Where a note truly belongs: which journey (in reading order), stage and lane. */
export interface RealTruth {
  /** The journey's index in reading order: top to bottom, then left to right. */
  journey: number;
  stage: number | null;
  lane: LaneKind | null;
}

/** A board as a category draws it: its items, the truth of its notes and its structure. */
export interface RealDrawing {
  items: BoardItem[];
  truth: Map<string, RealTruth>;
  /** Note-like items that are structure (titles, labels, legend chips, vote dots), not notes. */
  structure: Set<string>;
  /** The votes each note truly has, where it has any. */
  votes: Map<string, number>;
}

/** Draws a board of one category from a recipe and a random source seeded from it. */
export type DrawRealBoard = (recipe: RealRecipe, random: Random) => RealDrawing;

/** A drawn board with the file a platform would export for it. */
export interface RealBoard extends RealDrawing {
  recipe: RealRecipe;
  name: string;
  /** The board as Miro's REST items JSON or Figma's REST file JSON. */
  file: unknown;
  /** How many journeys the board holds. */
  journeys: number;
}
