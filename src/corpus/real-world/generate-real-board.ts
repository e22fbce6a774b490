import { writeFigmaFile } from "../../adapters/figma-rest/write-figma-file";
import { writeMiroItems } from "../../adapters/miro-rest/write-miro-items";
import { Random } from "../random";
import { DRAW_CATEGORY } from "./categories";
import { REAL_CATEGORIES, type RealBoard, type RealRecipe } from "./real-board";

/**
 * Draws a real-world board from its recipe, with the file its platform would export for it.
 * The same recipe always gives the same board.
 */
export function generateRealBoard(recipe: RealRecipe): RealBoard {
  const draw = DRAW_CATEGORY[recipe.category];
  if (!draw) throw new Error(`no boards are drawn for the category ${recipe.category} yet`);
  const random = new Random(
    recipe.seed * 7919 +
      REAL_CATEGORIES.indexOf(recipe.category) * 131 +
      ["en", "sv", "da"].indexOf(recipe.language) * 17 +
      (recipe.platform === "miro" ? 0 : 3),
  );
  const drawing = draw(recipe, random);
  const name = `${recipe.category} ${recipe.language} ${recipe.platform} #${recipe.seed}`;
  const file =
    recipe.platform === "miro"
      ? writeMiroItems(drawing.items, { keepIds: true })
      : writeFigmaFile(drawing.items, name, { keepIds: true });
  const journeys = 1 + Math.max(0, ...[...drawing.truth.values()].map((t) => t.journey));
  return { recipe, name, file, journeys, ...drawing };
}
