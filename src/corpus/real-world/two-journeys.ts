import type { NamedColourId } from "../../core/colour/named-colour";
import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import type { Random } from "../random";
import { boardColouring, boardLanes, boardNoteSize } from "./board-style";
import { type DrawnGrid, drawGrid, gridHabits } from "./lane-grid";
import type { RealDrawing, RealRecipe } from "./real-board";
import { laneColour, Sketch } from "./sketch";
import { boardStages } from "./stage-wordings";
import { drawHeaders, drawRowShapes, type HeaderStyle, headerColour } from "./workshop-grid";
import { drawLabels, labelTexts } from "./workshop-labels";
import { drawParkingLot, drawVotes } from "./workshop-parts";

/** How teams title the journey as it is and the journey they want, as frames or as text. */
const STATE_TITLES: Record<Language, readonly (readonly [string, string])[]> = {
  en: [
    ["Current state", "Future state"],
    ["As-is journey", "To-be journey"],
    ["Today", "Tomorrow ✨"],
    ["AS IS", "TO BE"],
  ],
  sv: [
    ["Idag", "Målbild"],
    ["Nuläge", "Önskat läge"],
    ["Kundresan idag", "Framtida kundresa 🚀"],
    ["Så här är det nu", "Så här vill vi ha det"],
  ],
  da: [
    ["Nu", "Fremtid"],
    ["Nuværende rejse", "Fremtidig rejse"],
    ["Kunderejsen i dag", "Målbillede ✨"],
    ["Sådan er det", "Sådan vil vi have det"],
  ],
};

type Size = { width: number; height: number };

/** A journey of a hand-drawn board: its notes' grid and the box around all it drew. */
export interface DrawnJourney {
  grid: DrawnGrid;
  left: number;
  top: number;
}

/**
 * One hand-drawn journey with its top-left corner near (left, top): stage headers across the
 * top, lane labels on the left (a row left bare now and then), row bands or rules behind.
 */
export function drawJourney(
  sketch: Sketch,
  recipe: RealRecipe,
  journey: number,
  at: { left: number; top: number; note: Size; colourOf: (lane: LaneKind) => NamedColourId },
): DrawnJourney {
  const { random } = sketch;
  const { note } = at;
  const stages = boardStages(random, recipe.language, 3);
  const lanes = boardLanes(random, 3, 6);
  // A row left bare is told by its colour alone: its notes keep their lane's colour.
  const bare = new Set<LaneKind>(random.chance(0.3) ? [random.pick(lanes)] : []);
  const colourOf = (lane: LaneKind) =>
    bare.has(lane) ? laneColour(recipe.platform, lane) : at.colourOf(lane);
  const labelWidth = note.width * random.between(1, 1.4);
  const labelX = at.left + labelWidth / 2;
  const gridLeft = at.left + labelWidth + note.width * random.between(0.3, 0.7);
  const gridTop = at.top + note.height * 1.3;
  const grid = drawGrid(
    sketch,
    {
      language: recipe.language,
      stages,
      lanes,
      note,
      ...gridHabits(random),
      colourOf,
      left: gridLeft,
      top: gridTop,
    },
    journey,
  );
  const style: HeaderStyle = random.pick(
    recipe.platform === "miro"
      ? (["pentagon", "right_arrow", "rectangle", "sticky", "text"] as const)
      : (["chevron", "rectangle", "sticky", "text"] as const),
  );
  if (random.chance(0.5)) drawRowShapes(sketch, grid, at.left - 30, note);
  const fill = style === "sticky" ? headerColour(recipe.platform, lanes, false, random) : null;
  const top = drawHeaders(sketch, grid, style, fill, note);
  const labels = labelTexts(recipe.language, lanes, bare, random);
  drawLabels(sketch, recipe, grid.rows, labels, labelX, labelWidth, note);
  for (const id of grid.notes.filter(() => random.chance(0.05)))
    drawVotes(sketch, id, random.int(1, 3));
  return { grid, left: at.left, top };
}

/**
 * Two journeys on one board, as-is and to-be: each in a frame or section
 * titled as such, or drawn apart with clear space between them and a title above each; one
 * above the other or side by side. Each has its own stages, rows, headers and labels; the team
 * coloured both alike, and parked a few questions beside the first.
 */
export function drawTwoJourneys(recipe: RealRecipe, random: Random): RealDrawing {
  const sketch = new Sketch(recipe.platform, random);
  const note = boardNoteSize(recipe.platform, random);
  const colourOf = boardColouring(recipe.platform, random);
  const titles = random.pick(STATE_TITLES[recipe.language]);
  // Both in frames, neither, or only the journey as it is (the to-be one sketched beside it).
  const frames = random.pick(["both", "both", "none", "first"] as const);
  const stacked = random.chance(0.6);
  const size = Math.max(note.width, note.height);
  let left = random.between(-3000, 3000);
  let top = random.between(-3000, 3000);
  for (let journey = 0; journey < 2; journey++) {
    const framed = frames === "both" || (frames === "first" && journey === 0);
    const frame = framed
      ? sketch.add("frame", { text: titles[journey] as string, x: 0, y: 0, fill: "#FFFFFF" })
      : null;
    const first = sketch.items.length;
    const title = framed
      ? null
      : sketch.add("text", { text: titles[journey] as string, x: left, y: top, height: 120 });
    const drawn = drawJourney(sketch, recipe, journey, {
      left,
      top: top + (title ? 240 : 0),
      note,
      colourOf,
    });
    if (title) Object.assign(title, { x: left + 3 * note.width, width: 6 * note.width });
    if (journey === 0 && random.chance(0.5)) {
      const question = laneColour(recipe.platform, "question");
      drawParkingLot(
        sketch,
        recipe.language,
        question,
        note,
        drawn.grid.right + size,
        drawn.grid.top,
      );
    }
    const box = enclose(sketch, first, frame?.id ?? null);
    // Frames keep journeys apart by themselves; without them, only clear space does.
    const gap = frames === "both" ? size * random.between(0.4, 1.5) : size * random.between(2.3, 5);
    if (stacked) top = box.bottom + gap;
    else left = box.right + gap;
  }
  return sketch.drawing();
}

/** The box around the items drawn since `first`; a frame, if any, is sized to hold them. */
function enclose(sketch: Sketch, first: number, frameId: string | null) {
  const inside = sketch.items.slice(first);
  const margin = frameId ? 150 : 0;
  const left = Math.min(...inside.map((i) => i.x - i.width / 2)) - margin;
  const right = Math.max(...inside.map((i) => i.x + i.width / 2)) + margin;
  const top = Math.min(...inside.map((i) => i.y - i.height / 2)) - margin;
  const bottom = Math.max(...inside.map((i) => i.y + i.height / 2)) + margin;
  const frame = sketch.items.find((i) => i.id === frameId);
  if (frame) {
    Object.assign(frame, {
      x: (left + right) / 2,
      y: (top + bottom) / 2,
      width: right - left,
      height: bottom - top,
    });
    for (const item of inside) item.parentId = frame.id;
  }
  return { left, right, top, bottom };
}
