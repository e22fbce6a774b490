import type { BoardItem } from "../../core/board/board-item";
import type { LaneKind } from "../../core/model/lane-kind";
import { TEMPLATE_WORDS } from "../../core/template/template-labels";
import type { Random } from "../random";
import { boardColouring, boardLanes, boardNoteSize } from "./board-style";
import { drawGrid, gridHabits } from "./lane-grid";
import type { RealDrawing, RealRecipe } from "./real-board";
import { laneColour, Sketch } from "./sketch";
import { boardStages } from "./stage-wordings";
import { drawHeaders, drawRowShapes, type HeaderStyle, headerColour } from "./workshop-grid";
import { drawLabels, labelTexts } from "./workshop-labels";
import { drawParkingLot, drawVotes } from "./workshop-parts";

/**
 * A vertical journey, as teams draw one on a tall board or a long wall:
 * stages as rows down the board, titled on the left (text, shapes, stickies of their own colour,
 * or a frame or section per stage), lanes as columns, labelled across the top (a column left
 * bare now and then, its notes in its lane's colour), column bands or rules behind, votes, a
 * title above, questions parked to the right. Drawn as a horizontal journey and turned.
 */
export function drawVertical(recipe: RealRecipe, random: Random): RealDrawing {
  const { language, platform } = recipe;
  const sketch = new Sketch(platform, random);
  const real = boardNoteSize(platform, random);
  // Drawn sideways: a note's width along the stages is its real height, and so on.
  const note = { width: real.height, height: real.width };
  const stages = boardStages(random, language, 3);
  const lanes = boardLanes(random, 3, 6);
  const bare = new Set<LaneKind>(random.chance(0.3) ? [random.pick(lanes)] : []);
  const colouring = boardColouring(platform, random);
  const colourOf = (lane: LaneKind) =>
    bare.has(lane) ? laneColour(platform, lane) : colouring(lane);
  const left = random.between(-3000, 3000);
  const top = random.between(-3000, 3000);
  const grid = drawGrid(sketch, {
    language,
    stages,
    lanes,
    note,
    ...gridHabits(random),
    colourOf,
    left,
    top,
  });
  const stageFrames = random.chance(0.35);
  const labelWidth = real.width * random.between(0.9, 1.1);
  // Across the top once turned: the labels' distance above the notes is drawn as a distance left.
  const labelX = left - note.width * random.between(0.5, 0.9) - note.width / 2;
  if (random.chance(0.5)) drawRowShapes(sketch, grid, labelX - note.width / 2, note);
  if (!stageFrames) {
    const style: HeaderStyle = random.pick(
      platform === "miro"
        ? (["pentagon", "rectangle", "sticky", "text"] as const)
        : (["chevron", "rectangle", "sticky", "text"] as const),
    );
    const fill = style === "sticky" ? headerColour(platform, lanes, false, random) : null;
    drawHeaders(sketch, grid, style, fill, note);
  }
  drawLabels(
    sketch,
    recipe,
    grid.rows,
    labelTexts(language, lanes, bare, random),
    labelX,
    labelWidth,
    note,
  );

  for (const item of sketch.items) turn(item, sketch.structure.has(item.id), real);
  // Turned, the lanes run across from `top` to the grid's bottom, the stages down from `left`.
  const across = { start: top - 0.3 * real.width, end: grid.bottom + 0.3 * real.width };
  if (stageFrames) {
    for (const stage of grid.stages) {
      const pad = 0.06 * real.height;
      const frame = sketch.add("frame", {
        text: stage.title,
        x: (across.start + across.end) / 2,
        y: (stage.left + stage.right) / 2,
        width: across.end - across.start,
        height: stage.right - stage.left + 2 * pad,
        fill: "#FFFFFF",
      });
      for (const item of sketch.items) {
        const inside =
          Math.abs(item.y - frame.y) <= frame.height / 2 &&
          Math.abs(item.x - frame.x) <= frame.width / 2;
        if (item.kind === "sticky" && inside) item.parentId = frame.id;
      }
    }
  }
  if (random.chance(0.7)) {
    sketch.add("text", {
      text: TEMPLATE_WORDS[language].defaultTitle,
      x: top + 2 * real.width,
      y: labelX - real.height * random.between(1.6, 2.4),
      width: 5 * real.width,
      height: 120,
    });
  }
  for (const id of grid.notes.filter(() => random.chance(0.06)))
    drawVotes(sketch, id, random.int(1, 3));
  if (random.chance(0.5)) {
    const question = laneColour(platform, "question");
    drawParkingLot(sketch, language, question, real, across.end + 1.5 * real.width, left);
  }
  return sketch.drawing();
}

/**
 * An item drawn sideways, turned into place: x for y. Notes, shapes and frames take their
 * turned size; a text keeps its line height and a sensible width; a sticky that is structure
 * (a label, a title) takes a note's own size.
 */
function turn(item: BoardItem, structural: boolean, real: { width: number; height: number }): void {
  const { x, y, width, height } = item;
  Object.assign(item, { x: y, y: x });
  if (item.kind === "text")
    Object.assign(item, { width: Math.min(width, 1.1 * real.width), height });
  else if (item.kind === "sticky" && structural)
    Object.assign(item, { width: real.width, height: real.height });
  else Object.assign(item, { width: height, height: width });
}
