import {
  FIGJAM_COLOUR_NAMES,
  MIRO_COLOUR_NAMES,
  type NamedColourId,
} from "../../core/colour/named-colour";
import { DEFAULT_LEGEND } from "../../core/legend/default-legend";
import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import { LANE_TITLES } from "../../core/template/template-labels";
import type { Random } from "../random";
import { NOTE_TEXTS } from "../vocabulary";
import { boardColouring, boardLanes } from "./board-style";
import { drawGrid, gridHabits } from "./lane-grid";
import { LANE_WORDINGS } from "./lane-wordings";
import type { RealDrawing, RealRecipe } from "./real-board";
import { laneColour, NOTE_SIZE, Sketch } from "./sketch";
import { boardStages } from "./stage-wordings";

const TITLES: Record<Language, readonly string[]> = {
  en: ["Customer journey map", "Our customers' journey", "Journey: new subscriber"],
  sv: ["Kundresa", "Kundens resa", "Kundresa: ny prenumerant"],
  da: ["Kunderejse", "Kundens rejse", "Kunderejse: ny abonnent"],
};
/** What teams write over the label column, level with the stage titles. */
const CORNER: Record<Language, readonly string[]> = {
  en: ["Stage", "Phases →", "Journey"],
  sv: ["Fas", "Faser →", "Kundresan"],
  da: ["Fase", "Faser →", "Rejsen"],
};
/** Outlines teams draw a journey's stages with, as each platform names them. */
const ARROWS = {
  miro: ["right_arrow", "pentagon"],
  figjam: ["chevron", "arrow_right", "pentagon"],
} as const;
const ARROW_FILLS = ["#2D9BF0", "#8FD14F", "#FAC710", "#DA0063", "#E6E6E6", "#414BB2"];

/**
 * Boards whose stage titles are not text: wide stickies across the top, in
 * any colour (the team's yellow too), stickies of a colour no row of notes uses, or chevrons,
 * arrows and pentagons in a row, as Miro's and FigJam's journey templates draw them. Under them
 * rows of notes, the first usually the customer's yellow steps (which stay notes), labelled on
 * the left or told apart by their colours alone; a board title, a parking lot, jitter.
 */
export function drawTitleShapes(recipe: RealRecipe, random: Random): RealDrawing {
  const { language, platform } = recipe;
  const sketch = new Sketch(platform, random);
  const style = random.pick(["wide", "own-colour", "arrows"] as const);
  const scale = platform === "miro" ? random.pick([0.8, 1, 1, 1.25]) : 1;
  // Wide titles stand out against square notes; under other titles notes may be wide too.
  const wideNotes = style !== "wide" && random.chance(0.2);
  const base = NOTE_SIZE[platform];
  const wideWidth = platform === "miro" ? 350 * scale : 416;
  const note = {
    width: wideNotes ? wideWidth : base.width * scale,
    height: base.height * scale,
  };
  const lanes = boardLanes(random);
  const labelled = random.chance(0.6);
  // Without labels, only colour tells the rows apart: the team kept to the lanes' colours.
  const colourOf = labelled
    ? boardColouring(platform, random)
    : (lane: LaneKind) => laneColour(platform, lane);
  const stages = boardStages(random, language);
  const left = random.between(-3000, 3000);
  const top = random.between(-3000, 3000);
  const grid = drawGrid(sketch, {
    language,
    stages,
    lanes,
    note,
    ...gridHabits(random, {
      maxPerCell: [1, 3],
      stageGap: [0.4, 1.2],
      rowGap: [labelled ? 0.25 : 0.5, 0.9],
    }),
    colourOf,
    left,
    top,
  });
  const parked = random.int(0, 3);

  const titleY = top - note.height * random.between(0.8, 1.3);
  if (style === "arrows") {
    const outline = random.pick(ARROWS[platform]);
    const fill = random.pick(ARROW_FILLS);
    const height = note.height * random.between(0.4, 0.8);
    // Some teams type on the arrow, others put a text box over it.
    const textOver = random.chance(0.3);
    grid.stages.forEach((stage, s) => {
      // Arrows reach across their stage and the space after it, nosing into the next one.
      const right = grid.stages[s + 1]?.left ?? stage.right;
      const overlap = height * 0.2;
      const x = (stage.left + right) / 2 + overlap / 2;
      const width = right - stage.left + overlap;
      sketch.add("shape", {
        shape: outline,
        text: textOver ? "" : stage.title,
        fill,
        x,
        y: titleY,
        width,
        height,
      });
      if (textOver) {
        sketch.add("text", {
          text: stage.title,
          x,
          y: titleY,
          width: 0.7 * width,
          height: 0.5 * height,
        });
      }
    });
  } else {
    // One colour for all the titles: the team's own, or for wide ones any, yellow too.
    const colour =
      style === "own-colour"
        ? ownColour(platform, lanes, parked > 0, random)
        : random.pick([laneColour(platform, "step"), titleColour(platform, random)]);
    grid.stages.forEach((stage) => {
      sketch.structural({
        text: stage.title,
        fill: sketch.fill(colour),
        x: (stage.left + stage.right) / 2 + random.between(-0.08, 0.08) * note.width,
        y: titleY + random.between(-0.08, 0.08) * note.height,
        width: style === "wide" ? wideWidth : note.width,
        height: style === "wide" && random.chance(0.5) ? note.height * 0.6 : note.height,
      });
    });
  }

  if (labelled) {
    const labelWidth = note.width * random.between(1, 1.5);
    const labelX = left - note.width * random.between(0.4, 0.8) - labelWidth / 2;
    const asShape = random.chance(0.4);
    // A word over the label column at the titles' height, naming what runs across.
    if (random.chance(0.4)) {
      sketch.add("text", {
        text: random.pick(CORNER[language]),
        x: labelX,
        y: titleY,
        width: labelWidth,
        height: note.height * 0.4,
      });
    }
    for (const row of grid.rows) {
      const text = random.chance(0.3)
        ? random.pick(LANE_WORDINGS[language][row.lane])
        : LANE_TITLES[language][row.lane];
      sketch.add(asShape ? "shape" : "text", {
        text,
        fill: asShape ? "#F5F6F8" : null,
        x: labelX,
        y: (row.top + row.bottom) / 2,
        width: labelWidth,
        height: asShape ? row.bottom - row.top : note.height * 0.4,
      });
    }
  }
  if (random.chance(0.6)) {
    sketch.add("text", {
      text: random.pick(TITLES[language]),
      x: left + 2 * note.width,
      y: titleY - note.height * 1.2,
      width: 6 * note.width,
      height: note.height * 0.5,
    });
  }
  for (let k = parked; k > 0; k--) {
    sketch.content(
      "sticky",
      {
        text: random.pick(NOTE_TEXTS[language].question),
        fill: sketch.fill(laneColour(platform, "question")),
        x: grid.right + 3 * note.width + random.between(0, 1) * note.width,
        y: (grid.top + grid.bottom) / 2 + random.between(-1, 1) * note.height,
        width: note.width,
        height: note.height,
      },
      { journey: 0, stage: null, lane: "question" },
    );
  }
  return sketch.drawing();
}

/** Any colour a team might give wide title stickies. */
function titleColour(platform: RecipePlatform, random: Random): NamedColourId {
  return random.pick(
    platform === "miro"
      ? (["miro:light_yellow", "miro:orange", "miro:light_blue", "miro:gray"] as const)
      : (["figjam:orange", "figjam:white", "figjam:gray", "figjam:teal"] as const),
  );
}

type RecipePlatform = RealRecipe["platform"];

/**
 * A colour of the titles' own: no row of the board's notes has it (a slip of a hand aside), nor
 * is it the steps' colour
 * (a row of yellow notes on top is the steps) or the legend's stage-header colour.
 */
function ownColour(
  platform: RecipePlatform,
  lanes: readonly LaneKind[],
  parking: boolean,
  random: Random,
): NamedColourId {
  const names = platform === "miro" ? MIRO_COLOUR_NAMES : FIGJAM_COLOUR_NAMES;
  const taken = new Set<string>([
    ...lanes.map((lane) => laneColour(platform, lane)),
    ...(parking ? [laneColour(platform, "question")] : []),
  ]);
  const meaning = (id: string) => DEFAULT_LEGEND.entries.find((e) => e.colour === id)?.meaning;
  const free = names
    .map((name) => `${platform}:${name}` as NamedColourId)
    .filter((id) => !taken.has(id) && meaning(id) !== "step" && meaning(id) !== "stage-header");
  return random.pick(free.length > 0 ? free : [laneColour(platform, "question")]);
}
