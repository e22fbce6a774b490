import type { NamedColourId } from "../../core/colour/named-colour";
import { DEFAULT_LEGEND } from "../../core/legend/default-legend";
import type { LaneKind } from "../../core/model/lane-kind";
import type { Random } from "../random";
import { boardLanes, boardNoteSize } from "./board-style";
import { drawGrid, gridHabits } from "./lane-grid";
import type { RealDrawing, RealRecipe } from "./real-board";
import { Sketch } from "./sketch";
import { boardStages } from "./stage-wordings";
import { drawKey, keyStyle } from "./team-legend-key";
import { drawHeaders, type HeaderStyle } from "./workshop-grid";
import { drawLabels, labelTexts } from "./workshop-labels";
import { teamColours } from "./workshop-legend";
import { drawParkingLot } from "./workshop-parts";

/** How many draws a team gets to pick colours that mostly differ from the default legend. */
const COLOUR_TRIES = 8;

/**
 * A board whose lanes are told apart by colour, in the team's own colours, which its legend
 * explains: a header row of stage titles, rows of notes each in its lane's colour (a few rows
 * labelled on some boards), and the legend in one of the forms teams draw (chips as stickies or
 * shapes, captions beside, under or on the chips, in a row or a column, titled or not) to the
 * right of the grid, above it or below it. Only the board's legend reads these colours right.
 */
export function drawTeamLegendBoard(recipe: RealRecipe, random: Random): RealDrawing {
  const { language, platform } = recipe;
  const sketch = new Sketch(platform, random);
  const note = boardNoteSize(platform, random);
  const lanes = boardLanes(random, 3, 6);
  const colours = ownColours(lanes, recipe, random);
  const stages = boardStages(random, language);
  const left = random.between(-3000, 3000);
  const top = random.between(-2000, 2000);
  const grid = drawGrid(sketch, {
    language,
    stages,
    lanes,
    note,
    ...gridHabits(random, { noteGap: [0.05, 0.2], stageGap: [0.4, 1.2], rowGap: [0.2, 0.6] }),
    colourOf: (lane) => colours.get(lane) as NamedColourId,
    left,
    top,
  });
  const header: HeaderStyle = random.pick(
    platform === "miro"
      ? (["text", "text", "rectangle", "pentagon", "sticky"] as const)
      : (["text", "text", "rectangle", "chevron"] as const),
  );
  const headerTop = drawHeaders(sketch, grid, header, "miro:dark_blue", note);
  const labelled = random.chance(0.3);
  if (labelled) {
    // A few rows labelled, the rest told by colour alone.
    const bare = new Set(lanes.filter(() => random.chance(0.6)));
    const labelWidth = note.width * 1.3;
    const labelX = left - note.width * 0.6 - labelWidth / 2;
    drawLabels(
      sketch,
      recipe,
      grid.rows,
      labelTexts(language, lanes, bare, random),
      labelX,
      labelWidth,
      note,
    );
  }
  const where = random.pick(["right", "right", "above", "below", "left"] as const);
  // Left of the grid a legend is a column: a row there would run into the notes.
  const style = { ...keyStyle(sketch), ...(where === "left" ? { layout: "column" as const } : {}) };
  const legendAt =
    where === "right"
      ? { x: grid.right + note.width * random.between(1.5, 3), y: grid.top }
      : where === "left"
        ? // Beyond the labels where there are some, else close to the notes' edge.
          {
            x:
              grid.left - note.width * (labelled ? random.between(6, 7.5) : random.between(3, 4.5)),
            y: grid.top,
          }
        : { x: grid.left, y: grid.bottom + note.height * random.between(1.2, 2) };
  const first = sketch.items.length;
  const drawn = drawKey(sketch, language, colours, style, note, legendAt.x, legendAt.y);
  if (where === "above") {
    // Drawn below first, then lifted whole to end a note or two above the stage titles.
    const lift = drawn.bottom - (headerTop - note.height * random.between(0.8, 1.6));
    for (const item of sketch.items.slice(first)) item.y -= lift;
    drawn.bottom -= lift;
  }
  if (random.chance(0.4) && colours.has("question")) {
    const parkAt =
      where === "right"
        ? { x: legendAt.x, y: drawn.bottom + note.height }
        : { x: grid.right + note.width * 2, y: grid.top };
    drawParkingLot(
      sketch,
      language,
      colours.get("question") as NamedColourId,
      note,
      parkAt.x,
      parkAt.y,
    );
  }
  return sketch.drawing();
}

/** The team's colours, drawn again while most lanes keep the default's meaning for theirs. */
function ownColours(
  lanes: readonly LaneKind[],
  recipe: RealRecipe,
  random: Random,
): Map<LaneKind, NamedColourId> {
  const header: NamedColourId[] = recipe.platform === "miro" ? ["miro:dark_blue"] : [];
  let best = teamColours(lanes, recipe.platform, random, header);
  for (let tries = 1; tries < COLOUR_TRIES && sameAsDefault(best) * 2 > best.size; tries++)
    best = teamColours(lanes, recipe.platform, random, header);
  return best;
}

function sameAsDefault(colours: ReadonlyMap<LaneKind, NamedColourId>): number {
  return [...colours].filter(([lane, colour]) =>
    DEFAULT_LEGEND.entries.some((e) => e.colour === colour && e.meaning === lane),
  ).length;
}
