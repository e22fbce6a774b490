import { describe, expect, it } from "vitest";
import { JourneySchema } from "../../core/model/journey";
import { DRAW_CATEGORY } from "./categories";
import { generateRealBoard } from "./generate-real-board";
import { readRealBoard, realRecipes } from "./read-real-board";
import { REAL_CATEGORIES } from "./real-board";
import { REAL_TARGET } from "./real-world-tally";

/** The seeds the bench reads too: 2 seeds × 3 languages × 2 platforms = 12 boards a category. */
const SEEDS = [1, 2];
const DRAWN = REAL_CATEGORIES.filter((category) => DRAW_CATEGORY[category] !== undefined);

describe.each(DRAWN)("real-world %s boards", (category) => {
  const recipes = realRecipes(category, SEEDS);

  it.each(recipes)("read $language $platform #$seed through its file", (recipe) => {
    const board = generateRealBoard(recipe);
    const { reading, score } = readRealBoard(board);
    for (const { journey } of reading.journeys) {
      expect(JourneySchema.safeParse(journey).success).toBe(true);
      for (const placement of journey.placements) {
        expect(placement.confidence).toBeGreaterThanOrEqual(0);
        expect(placement.confidence).toBeLessThanOrEqual(1);
      }
    }
    expect(score.missing).toBe(0);
    expect(score.structureMisread).toBe(0);
    expect(score.journeysRead).toBe(score.journeys);
    expect(score.language).toBe(recipe.language);
    expect(score.correct / score.notes).toBeGreaterThanOrEqual(REAL_TARGET.board);
  });

  it(`places at least ${REAL_TARGET.overall * 100}% of all its notes right`, () => {
    let notes = 0;
    let correct = 0;
    for (const recipe of recipes) {
      const { score } = readRealBoard(generateRealBoard(recipe));
      notes += score.notes;
      correct += score.correct;
    }
    expect(notes).toBeGreaterThan(100);
    expect(correct / notes).toBeGreaterThanOrEqual(REAL_TARGET.overall);
  });

  it("draws the same board for the same recipe and another for another seed", () => {
    const recipe = { category, language: "sv", platform: "miro", seed: 5 } as const;
    const a = JSON.stringify(generateRealBoard(recipe).file);
    expect(JSON.stringify(generateRealBoard(recipe).file)).toBe(a);
    expect(JSON.stringify(generateRealBoard({ ...recipe, seed: 6 }).file)).not.toBe(a);
  });

  it("records a truth or a structural role only for items on the board, never both", () => {
    for (const recipe of recipes) {
      const board = generateRealBoard(recipe);
      const ids = new Set(board.items.map((item) => item.id));
      for (const id of board.truth.keys()) expect(ids.has(id)).toBe(true);
      for (const id of board.structure) {
        expect(ids.has(id)).toBe(true);
        expect(board.truth.has(id)).toBe(false);
      }
      for (const id of board.votes.keys()) expect(board.truth.has(id)).toBe(true);
    }
  });
});
