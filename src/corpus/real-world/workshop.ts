import type { NamedColourId } from "../../core/colour/named-colour";
import { LANE_KINDS, type LaneKind } from "../../core/model/lane-kind";
import { TEMPLATE_WORDS } from "../../core/template/template-labels";
import type { Random } from "../random";
import { boardLanes, boardNoteSize } from "./board-style";
import { drawGrid } from "./lane-grid";
import type { RealDrawing, RealRecipe } from "./real-board";
import { laneColour, Sketch } from "./sketch";
import { boardStages } from "./stage-wordings";
import { drawHeaders, drawRowShapes, type HeaderStyle, headerColour } from "./workshop-grid";
import { cardsInActionRow, drawLabels, labelTexts, unlabelledRows } from "./workshop-labels";
import { drawTeamLegend, teamColours } from "./workshop-legend";
import { drawParkingLot, drawPersona, drawScribbles, drawVotes } from "./workshop-parts";
import { drawTableFrame } from "./workshop-table";

/**
 * The generalisation check: a board laid out as Miro's and FigJam's own customer journey
 * templates are (a title, a persona box, stage headers as chevrons, shapes or coloured stickies,
 * lane labels on the left, row backgrounds or rules) and then filled and messed up by a team:
 * rows left unlabelled, the team's own legend, cards in the action row (Miro), dot votes and
 * stamps, questions in a parking lot, emoji in labels, notes across their cell's edges. The
 * truth is what a facilitator would say: a note belongs to the cell it mostly lies in.
 */
export function drawWorkshop(recipe: RealRecipe, random: Random): RealDrawing {
  const { language, platform } = recipe;
  const sketch = new Sketch(platform, random);
  const note = boardNoteSize(platform, random);
  const lanes = workshopLanes(recipe, random);
  const stages = boardStages(random, language);
  const style: HeaderStyle = random.pick(
    platform === "miro"
      ? (["pentagon", "right_arrow", "rectangle", "sticky", "text"] as const)
      : (["chevron", "rectangle", "sticky", "text"] as const),
  );
  const mess = teamMess(random);
  const team = mess.has("legend");
  const defaults = new Map<LaneKind, NamedColourId>(
    LANE_KINDS.map((lane) => [lane, laneColour(platform, lane)]),
  );
  const headerFill = style === "sticky" ? headerColour(platform, lanes, team, random) : null;
  const colours = team
    ? teamColours(lanes, platform, random, headerFill ? [headerFill] : [])
    : defaults;
  const unlabelled = unlabelledRows(
    lanes,
    mess.has("bare rows") ? random.pick([1, 1, 2]) : 0,
    random,
  );
  const ownColour = (lane: LaneKind) => colours.get(lane) ?? laneColour(platform, lane);
  // A slip of colour happens in a labelled row only: there its place still says its lane.
  const colourOf = (lane: LaneKind): NamedColourId => {
    if (unlabelled.has(lane) || !random.chance(0.08)) return ownColour(lane);
    return ownColour(random.pick(lanes));
  };

  const frame = random.chance(0.5)
    ? sketch.add("frame", {
        text: TEMPLATE_WORDS[language].defaultTitle,
        x: 0,
        y: 0,
        fill: "#FFFFFF",
      })
    : null;
  const left = random.between(-4000, 4000);
  const top = random.between(-3000, 3000);
  const big = random.chance(0.2);
  const noteGap = random.between(0.04, 0.2);
  const grid = drawGrid(sketch, {
    language,
    stages,
    lanes,
    note,
    // Now and then a long day's board: wider stages, fuller cells.
    maxColumns: random.int(1, big ? 4 : 3),
    maxPerCell: random.int(2, big ? 8 : 5),
    emptyCell: random.between(0.05, 0.2),
    noteGap,
    stageGap: random.between(0.3, 1.2),
    // Rows stand visibly apart: their gap is wider than the one between notes.
    rowGap: noteGap + random.between(0.2, 0.6),
    jitter: random.between(0, 0.1),
    edge: random.between(0, 0.15),
    colourOf,
    left,
    top,
  });
  const labelWidth = note.width * random.between(1, 1.5);
  const labelX = left - note.width * random.between(0.4, 0.8) - labelWidth / 2;
  const labels = labelTexts(language, lanes, unlabelled, random);
  let headerBottom: number;
  // Now and then the template is a table: FigJam's own, or a grid of rectangles on Miro.
  if (random.chance(0.2)) {
    headerBottom = drawTableFrame(sketch, grid, labels, labelX - labelWidth / 2, note);
  } else {
    drawRowShapes(sketch, grid, labelX - labelWidth / 2 - 30, note);
    headerBottom = drawHeaders(sketch, grid, style, headerFill, note);
    drawLabels(sketch, recipe, grid.rows, labels, labelX, labelWidth, note);
  }
  const title = `${TEMPLATE_WORDS[language].defaultTitle}${random.chance(0.5) ? "" : ` – ${stages[0]} → ${stages[stages.length - 1]}`}`;
  const titleY = headerBottom - note.height * 2.6;
  sketch.add("text", {
    text: title,
    x: left + 2 * note.width,
    y: titleY,
    width: 7 * note.width,
    height: 120,
  });
  if (random.chance(0.7))
    drawPersona(sketch, language, labelX + note.width, titleY + note.height * 1.2, note);

  if (platform === "miro") cardsInActionRow(sketch, recipe, grid, random);
  drawScribbles(sketch, language, grid.notes);
  const voted = mess.has("votes") ? grid.notes.filter(() => random.chance(0.08)) : [];
  if (mess.has("votes") && voted.length === 0) voted.push(random.pick(grid.notes));
  for (const id of voted) drawVotes(sketch, id, random.int(1, 4));

  let sideTop = top;
  const sideLeft = grid.right + note.width * random.between(2, 3.5);
  if (team)
    sideTop = drawTeamLegend(sketch, language, colours, note, sideLeft, top).bottom + note.height;
  const question = colours.get("question") ?? laneColour(platform, "question");
  if (mess.has("parking lot")) drawParkingLot(sketch, language, question, note, sideLeft, sideTop);
  if (frame) enclose(sketch, frame.id);
  return sketch.drawing();
}

/** What the team did to the template: at least three of the ways real boards differ. */
function teamMess(random: Random): Set<string> {
  const ways = ["bare rows", "legend", "votes", "parking lot"];
  const mess = new Set(ways.filter(() => random.chance(0.6)));
  while (mess.size < 3) mess.add(random.pick(ways));
  return mess;
}

/** The template's rows, kept or renamed by the team; an action row for the cards on Miro. */
function workshopLanes(recipe: RealRecipe, random: Random): LaneKind[] {
  const lanes = boardLanes(random, 4, 7);
  if (recipe.platform === "miro" && !lanes.includes("action") && random.chance(0.7)) {
    lanes.splice(lanes.length - (lanes.at(-1) === "question" ? 1 : 0), 0, "action");
  }
  return lanes;
}

/** Puts everything drawn in the frame or section, sized to hold it with a margin. */
function enclose(sketch: Sketch, frameId: string): void {
  const inside = sketch.items.filter((item) => item.id !== frameId);
  const frame = sketch.items.find((item) => item.id === frameId);
  if (!frame || inside.length === 0) return;
  const margin = 200;
  const left = Math.min(...inside.map((i) => i.x - i.width / 2)) - margin;
  const right = Math.max(...inside.map((i) => i.x + i.width / 2)) + margin;
  const top = Math.min(...inside.map((i) => i.y - i.height / 2)) - margin;
  const bottom = Math.max(...inside.map((i) => i.y + i.height / 2)) + margin;
  Object.assign(frame, {
    x: (left + right) / 2,
    y: (top + bottom) / 2,
    width: right - left,
    height: bottom - top,
  });
  for (const item of inside) item.parentId = frameId;
}
