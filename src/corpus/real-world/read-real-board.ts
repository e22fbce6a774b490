import { readBoardFile } from "../../adapters/board-file/read-board-file";
import type { Language } from "../../core/lexicon/lane-words";
import { type BoardReading, readBoard } from "../../core/reconstruct/read-board";
import type { RealBoard, RealCategory, RealRecipe } from "./real-board";
import { type RealScore, scoreRealBoard } from "./score-real-board";

const LANGUAGES: readonly Language[] = ["en", "sv", "da"];
const PLATFORMS = ["miro", "figjam"] as const;

/** The recipes of a category's boards: every seed in every language on both platforms. */
export function realRecipes(category: RealCategory, seeds: readonly number[]): RealRecipe[] {
  return seeds.flatMap((seed) =>
    LANGUAGES.flatMap((language) =>
      PLATFORMS.map((platform) => ({ category, language, platform, seed })),
    ),
  );
}

/** A real-world board read as a user's export arrives: through its file, then scored. */
export function readRealBoard(board: RealBoard): { reading: BoardReading; score: RealScore } {
  const read = readBoardFile(JSON.parse(JSON.stringify(board.file)));
  if (!read.ok) throw new Error(`${board.name}: ${read.error}`);
  const reading = readBoard(read.value.items, { platform: board.recipe.platform });
  return { reading, score: scoreRealBoard(board, reading) };
}
