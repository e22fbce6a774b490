import { generateRealBoard } from "./generate-real-board";
import { readRealBoard, realRecipes } from "./read-real-board";
import type { RealCategory } from "./real-board";
import type { RealScore } from "./score-real-board";

/** The targets on real-world boards: overall, and on each board. */
export const REAL_TARGET = { overall: 0.97, board: 0.9 } as const;

/** One board's reading, scored. */
export interface BoardResult {
  name: string;
  language: string;
  score: RealScore;
}

/** A category's boards, scored, and their sums. */
export interface CategoryTally {
  category: RealCategory;
  boards: BoardResult[];
  notes: number;
  correct: number;
  /** Boards whose journeys were read as many as were drawn. */
  journeysRight: number;
  /** Journeys read and drawn, over all the boards. */
  journeysRead: number;
  journeysDrawn: number;
  /** Boards read in their own language. */
  languageRight: number;
  votesRight: number;
  voted: number;
  structureMisread: number;
  missing: number;
}

/** Reads every board of a category (each seed, language and platform) and sums the scores. */
export function tallyCategory(category: RealCategory, seeds: readonly number[]): CategoryTally {
  const tally: CategoryTally = {
    category,
    boards: [],
    notes: 0,
    correct: 0,
    journeysRight: 0,
    journeysRead: 0,
    journeysDrawn: 0,
    languageRight: 0,
    votesRight: 0,
    voted: 0,
    structureMisread: 0,
    missing: 0,
  };
  for (const recipe of realRecipes(category, seeds)) {
    const board = generateRealBoard(recipe);
    const { score } = readRealBoard(board);
    tally.boards.push({ name: board.name, language: recipe.language, score });
    tally.notes += score.notes;
    tally.correct += score.correct;
    if (score.journeysRead === score.journeys) tally.journeysRight++;
    tally.journeysRead += score.journeysRead;
    tally.journeysDrawn += score.journeys;
    if (score.language === recipe.language) tally.languageRight++;
    tally.votesRight += score.votesRight;
    tally.voted += score.voted;
    tally.structureMisread += score.structureMisread;
    tally.missing += score.missing;
  }
  return tally;
}

/** The share of a board's notes read in the right journey, stage and lane. */
export function boardAccuracy(score: RealScore): number {
  return score.notes === 0 ? 1 : score.correct / score.notes;
}
