import type { BoardItem } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";
import type { Language } from "../core/lexicon/lane-words";
import type { LaneKind } from "../core/model/lane-kind";
import type { MessLevel } from "./mess";

/** The kinds of board the corpus holds, by where their structure comes from. */
export const BOARD_KINDS = ["template", "frames", "header-row", "gaps", "legend"] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

/** What to generate. Unset fields are drawn from the seed. */
export interface BoardRecipe {
  kind: BoardKind;
  mess: MessLevel;
  platform: Platform;
  seed: number;
  language?: Language;
  stages?: number;
  /** Notes per cell, at most; the speed benchmark raises it. */
  notesPerCell?: number;
  /** Columns per stage, at most. */
  stageWidth?: number;
}

/** Where a note truly belongs. */
export interface Truth {
  stage: number | null;
  lane: LaneKind | null;
}

/** A generated board: its items, the file a platform would export, and the ground truth. */
export interface CorpusBoard {
  recipe: BoardRecipe;
  name: string;
  items: BoardItem[];
  /** The board as Miro's REST items JSON or Figma's REST file JSON. */
  file: unknown;
  truth: Map<string, Truth>;
  /** Stickies that are structure (headers, lane labels, legend swatches), not notes. */
  structure: Set<string>;
}
