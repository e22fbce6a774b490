import { writeFigmaFile } from "../adapters/figma-rest/write-figma-file";
import { writeMiroItems } from "../adapters/miro-rest/write-miro-items";
import { type NamedColourId, platformOf } from "../core/colour/named-colour";
import type { Palette } from "../core/colour/swatch";
import { DEFAULT_LEGEND } from "../core/legend/default-legend";
import type { Language } from "../core/lexicon/lane-words";
import { LANE_KINDS, type LaneKind } from "../core/model/lane-kind";
import { BOARD_KINDS, type BoardRecipe, type CorpusBoard } from "./corpus-board";
import { drawGridBoard, type GridPlan } from "./grid-board";
import { MESS, MESS_LEVELS } from "./mess";
import { Random } from "./random";
import { drawTemplateBoard } from "./template-board";
import { STAGE_NAMES } from "./vocabulary";

const GRID_LANES = LANE_KINDS.filter((kind) => kind !== "question");

/**
 * Generates a messy board with its ground truth from a recipe. The same recipe always gives the
 * same board, in the platform's own export format.
 */
export async function generateBoard(recipe: BoardRecipe): Promise<CorpusBoard> {
  const random = new Random(
    recipe.seed * 7919 +
      BOARD_KINDS.indexOf(recipe.kind) * 131 +
      MESS_LEVELS.indexOf(recipe.mess) * 17 +
      (recipe.platform === "miro" ? 0 : 3),
  );
  const language = recipe.language ?? random.pick<Language>(["en", "sv", "da"]);
  const stageCount = recipe.stages ?? random.int(4, 8);
  const pool = STAGE_NAMES[language];
  const stageNames = Array.from({ length: stageCount }, (_, i) =>
    i < pool.length
      ? (pool[i] as string)
      : `${pool[i % pool.length]} ${Math.floor(i / pool.length) + 1}`,
  );
  const lanes = GRID_LANES.filter((_, i) => i === 0 || !random.chance(0.25));
  const plan: GridPlan = {
    recipe,
    mess: MESS[recipe.mess],
    random,
    language,
    stageNames,
    lanes,
    labelled:
      recipe.kind === "template" ||
      recipe.kind === "header-row" ||
      (recipe.kind === "frames" && random.chance(0.5)),
    laneColours:
      recipe.kind === "legend" ? shuffledColours(recipe, random) : defaultColours(recipe),
    palette: random.pick<Palette>(["figjam", "figjam-earlier"]),
  };
  const drawn = recipe.kind === "template" ? await drawTemplateBoard(plan) : drawGridBoard(plan);
  const name = `${recipe.kind} ${recipe.mess} ${recipe.platform} #${recipe.seed}`;
  const file =
    recipe.platform === "miro"
      ? writeMiroItems(drawn.items, { keepIds: true })
      : writeFigmaFile(drawn.items, name, { keepIds: true });
  return { recipe, name, file, ...drawn };
}

function defaultColours(recipe: BoardRecipe): Map<LaneKind, NamedColourId[]> {
  const colours = new Map<LaneKind, NamedColourId[]>();
  for (const entry of DEFAULT_LEGEND.entries) {
    if (platformOf(entry.colour) !== recipe.platform) continue;
    if (entry.meaning === "none" || entry.meaning === "stage-header") continue;
    colours.set(entry.meaning, [...(colours.get(entry.meaning) ?? []), entry.colour]);
  }
  return colours;
}

/** A board legend of the team's own: every lane in a colour the default gives another meaning. */
function shuffledColours(recipe: BoardRecipe, random: Random): Map<LaneKind, NamedColourId[]> {
  const defaults = defaultColours(recipe);
  const pool = [...new Set([...defaults.values()].map((list) => list[0] as NamedColourId))];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [pool[i], pool[j]] = [pool[j] as NamedColourId, pool[i] as NamedColourId];
  }
  const kinds = [...defaults.keys()];
  return new Map(kinds.map((kind, i) => [kind, [pool[i] as NamedColourId]]));
}
