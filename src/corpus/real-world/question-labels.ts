import type { LaneKind } from "../../core/model/lane-kind";
import { TEMPLATE_WORDS } from "../../core/template/template-labels";
import type { Random } from "../random";
import { boardColouring, boardLanes, boardNoteSize } from "./board-style";
import { drawGrid } from "./lane-grid";
import { LANE_WORDINGS, TRAP_WORDINGS } from "./lane-wordings";
import type { RealDrawing, RealRecipe } from "./real-board";
import { laneColour, Sketch } from "./sketch";
import { boardStages } from "./stage-wordings";
import { parkQuestions } from "./workshop-parts";

const CORNER = { en: ["Stage", "Phases →"], sv: ["Fas", "Faser →"], da: ["Fase", "Faser →"] };
const PARKING = { en: "Parking lot 🅿️", sv: "Parkering", da: "Parkeringsplads" };

/**
 * Boards whose lane labels are questions or carry extra words ("Vad tänker resenären?", "To do
 * (who, when)", "Pains & frustrations 😤"), one of them a trap ("Next steps" is the
 * organisation's, "Customer actions" the customer's), over a header row of stage titles.
 */
export function drawQuestionLabels(recipe: RealRecipe, random: Random): RealDrawing {
  const { language, platform } = recipe;
  const sketch = new Sketch(platform, random);
  const note = boardNoteSize(platform, random);
  const lanes = boardLanes(random);
  const wording = labelWordings(recipe, lanes, random);
  const stages = boardStages(random, language);
  const left = random.between(-4000, 4000);
  const top = random.between(-3000, 3000);
  const noteGap = random.between(0.04, 0.2);
  const grid = drawGrid(sketch, {
    language,
    stages,
    lanes,
    note,
    maxColumns: random.int(1, 3),
    maxPerCell: random.int(1, 4),
    emptyCell: random.between(0.05, 0.25),
    noteGap,
    stageGap: random.between(0.3, 1.2),
    // Rows stand visibly apart: their gap is wider than the one between notes.
    rowGap: noteGap + random.between(0.2, 0.6),
    jitter: random.between(0, 0.1),
    colourOf: boardColouring(platform, random),
    left,
    top,
  });

  // The header row: one title per stage, as text, shapes, or dark blue stickies on Miro.
  const headerStyle = random.pick(
    platform === "miro" ? (["text", "shape", "sticky"] as const) : (["text", "shape"] as const),
  );
  const headerY = top - note.height * random.between(0.6, 1.1);
  for (const stage of grid.stages) {
    const fields = {
      text: stage.title,
      x: (stage.left + stage.right) / 2 + random.between(-0.1, 0.1) * note.width,
      y: headerY,
    };
    if (headerStyle === "sticky")
      sketch.structural({ ...fields, fill: sketch.fill("miro:dark_blue") });
    else
      sketch.add(headerStyle, {
        ...fields,
        width: Math.max(note.width, stage.right - stage.left),
        height: note.height * 0.45,
        fill: headerStyle === "shape" ? random.pick(["#E6E6E6", "#CCE5FF", "#FFF9B1"]) : null,
      });
  }

  // The labels' column, left of the notes: texts, shapes as tall as the row, or stickies.
  const labelStyle = random.pick(["text", "shape", "sticky"] as const);
  const labelWidth = note.width * random.between(1, 1.6);
  const labelX = left - note.width * random.between(0.4, 0.9) - labelWidth / 2;
  const atTop = random.chance(0.4);
  grid.rows.forEach((row, r) => {
    const text = wording[r] as string;
    const height = row.bottom - row.top;
    const y = atTop ? row.top + Math.min(height, note.height) / 2 : (row.top + row.bottom) / 2;
    if (labelStyle === "sticky") {
      const fill = random.chance(0.5)
        ? laneColour(platform, row.lane)
        : laneColour(platform, "question");
      sketch.structural({ text, x: labelX, y, fill: sketch.fill(fill) });
    } else {
      sketch.add(labelStyle, {
        text,
        x: labelX,
        y: labelStyle === "shape" ? (row.top + row.bottom) / 2 : y,
        width: labelWidth,
        height: labelStyle === "shape" ? height : note.height * 0.4,
        fill: labelStyle === "shape" ? "#F5F6F8" : null,
      });
    }
  });
  if (random.chance(0.4)) {
    sketch.add("text", {
      text: random.pick(CORNER[language]),
      x: labelX,
      y: headerY,
      width: labelWidth,
      height: 60,
    });
  }
  const title = TEMPLATE_WORDS[language].defaultTitle;
  sketch.add("text", {
    text: random.chance(0.5) ? title : `${title}: ${stages[0]} → ${stages[stages.length - 1]}`,
    x: left + 2 * note.width,
    y: headerY - note.height * 1.5,
    width: 6 * note.width,
    height: 120,
    style: { fontSize: 64, bold: true },
  });
  parkingLot(sketch, recipe, note, grid.right + note.width * random.between(2, 4), top);
  return sketch.drawing();
}

/** One wording per row, a trap in place of its lane's where the board has that lane. */
function labelWordings(recipe: RealRecipe, lanes: readonly LaneKind[], random: Random): string[] {
  const words = lanes.map((lane) => random.pick(LANE_WORDINGS[recipe.language][lane]));
  const traps = TRAP_WORDINGS[recipe.language].filter(([, kind]) => lanes.includes(kind));
  if (traps.length > 0 && random.chance(0.8)) {
    const [text, kind] = random.pick(traps);
    words[lanes.indexOf(kind)] = text;
  }
  // A team's own typography, the same on every label: capitals, numbers, a closing colon.
  const style = random.pick([
    ...(["as written", "as written", "as written", "as written"] as const),
    ...(["capitals", "numbered", "colon"] as const),
  ]);
  return words.map((word, i) => {
    if (style === "capitals") return word.toLocaleUpperCase(recipe.language);
    if (style === "numbered") return `${i + 1}. ${word}`;
    if (style === "colon" && !/[?:)]$/u.test(word)) return `${word}:`;
    return word;
  });
}

/** A few open questions parked in a titled area right of the journey: they have no stage. */
function parkingLot(
  sketch: Sketch,
  recipe: RealRecipe,
  note: { width: number; height: number },
  left: number,
  top: number,
): void {
  const count = sketch.random.int(0, 4);
  if (count === 0) return;
  const { language, platform } = recipe;
  const colour = laneColour(platform, "question");
  parkQuestions(sketch, { title: PARKING[language], count, language, colour, note, left, top });
}
