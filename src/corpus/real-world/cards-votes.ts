import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import { LANE_TITLES } from "../../core/template/template-labels";
import type { Random } from "../random";
import { NOTE_TEXTS } from "../vocabulary";
import { boardColouring, boardLanes, boardNoteSize } from "./board-style";
import { drawVoteMarks } from "./cards-votes-marks";
import type { DrawnGrid } from "./lane-grid";
import { drawGrid, gridHabits } from "./lane-grid";
import type { RealDrawing, RealRecipe } from "./real-board";
import { Sketch } from "./sketch";
import { boardStages } from "./stage-wordings";
import { CAPTIONS } from "./team-legend-key";
import { drawHeaders, type HeaderStyle } from "./workshop-grid";
import { drawLabels } from "./workshop-labels";

/** Who owns a card and by when, as teams write it in a card's description. */
const CARD_DETAILS: Record<Language, readonly string[]> = {
  en: ["Owner: Anna", "Owner: Tom, by end of May", "Who: IT\nWhen: Q3", ""],
  sv: ["Ansvarig: Erik", "Ansvarig: Sara, före maj", "Vem: IT\nNär: Q3", ""],
  da: ["Ansvarlig: Mette", "Ansvarlig: Jens, inden maj", "Hvem: IT\nHvornår: Q3", ""],
};
/** Miro's card themes as its REST API gives them. */
const CARD_THEMES = ["#2d9bf0", "#2d9bf0", "#8fd14f", "#f24726", "#fac710", "#9510ac", "#12cdd4"];

/**
 * A board after the workshop's last hour: every row labelled, a header row, the action row's
 * notes written as Miro cards (some boards put a card or two in other rows too), and the team's
 * dot votes on the notes it liked: small dot stickies on Miro, stamps or dot stickies on FigJam,
 * stuck on a note's corner, stacked, now and then half off it, and a stray dot or two on no note.
 */
export function drawCardsVotes(recipe: RealRecipe, random: Random): RealDrawing {
  const { language, platform } = recipe;
  const sketch = new Sketch(platform, random);
  const note = boardNoteSize(platform, random);
  const lanes = boardLanes(random, 4, 7);
  if (!lanes.includes("action")) lanes.splice(random.int(1, lanes.length), 0, "action");
  const stages = boardStages(random, language);
  const left = random.between(-3000, 3000);
  const top = random.between(-2000, 2000);
  const grid = drawGrid(sketch, {
    language,
    stages,
    lanes,
    note,
    ...gridHabits(random, {
      emptyCell: [0.05, 0.15],
      noteGap: [0.15, 0.3],
      stageGap: [0.4, 1.2],
      jitter: [0, 0.06],
    }),
    colourOf: boardColouring(platform, random),
    left,
    top,
  });
  const header: HeaderStyle = random.pick(
    platform === "miro"
      ? (["text", "rectangle", "pentagon", "sticky"] as const)
      : (["text", "rectangle", "chevron"] as const),
  );
  drawHeaders(sketch, grid, header, "miro:dark_blue", note);
  const labelWidth = note.width * 1.3;
  const labelX = left - note.width * 0.6 - labelWidth / 2;
  // The rows' labels in the template's words or a team's few: the wordings of questions are
  // the question-labels boards' to test.
  const labels = lanes.map((lane) =>
    random.chance(0.5) ? LANE_TITLES[language][lane] : random.pick(CAPTIONS[language][lane]),
  );
  drawLabels(sketch, recipe, grid.rows, labels, labelX, labelWidth, note);
  if (platform === "miro") drawCards(sketch, language, grid, random);
  drawVoteMarks(sketch, grid, random);
  return sketch.drawing();
}

/**
 * Turns notes into Miro cards: most of the action row's, and on some boards one or two in other
 * rows. A card is wider and lower than a sticky and stays in its cell.
 */
function drawCards(sketch: Sketch, language: Language, grid: DrawnGrid, random: Random): void {
  const share = random.between(0.5, 1);
  const elsewhere = random.chance(0.4) ? random.int(1, 2) : 0;
  const others: string[] = [];
  for (const id of grid.notes) {
    const truth = sketch.truth.get(id);
    const item = sketch.items.find((i) => i.id === id);
    if (!truth || !item) continue;
    if (truth.lane !== "action") {
      others.push(id);
      continue;
    }
    if (random.chance(share)) makeCard(item, language, "action", random);
  }
  for (let k = 0; k < elsewhere && others.length > 0; k++) {
    const id = others.splice(random.int(0, others.length - 1), 1)[0] as string;
    const item = sketch.items.find((i) => i.id === id);
    const lane = sketch.truth.get(id)?.lane;
    if (item && lane) makeCard(item, language, lane, random);
  }
}

function makeCard(
  item: Sketch["items"][number],
  language: Language,
  lane: LaneKind,
  random: Random,
): void {
  const details = random.pick(CARD_DETAILS[language]);
  item.kind = "card";
  item.platformType = "card";
  item.text = `${random.pick(NOTE_TEXTS[language][lane])}${details ? `\n${details}` : ""}`;
  item.fill = random.pick(CARD_THEMES);
  // Wider than a sticky, as wide as the gap to the next note allows.
  item.width = item.width * random.between(1, 1.12);
  item.height = item.height * random.between(0.45, 0.7);
}
