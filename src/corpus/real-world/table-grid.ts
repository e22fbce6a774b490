import type { NamedColourId } from "../../core/colour/named-colour";
import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import { LANE_TITLES } from "../../core/template/template-labels";
import type { Random } from "../random";
import { NOTE_TEXTS } from "../vocabulary";
import { boardColouring, boardLanes, boardNoteSize } from "./board-style";
import { LANE_WORDINGS } from "./lane-wordings";
import type { RealDrawing, RealRecipe } from "./real-board";
import { laneColour, Sketch } from "./sketch";
import { boardStages } from "./stage-wordings";

/** What teams write in a table's corner cell, over the labels: often nothing. */
const CORNER: Record<Language, readonly string[]> = {
  en: ["", "", "Stage", "Phase →", "Journey"],
  sv: ["", "", "Fas", "Steg →", "Kundresan"],
  da: ["", "", "Fase", "Trin →", "Rejsen"],
};
/** Row labels that name no lane: the row's notes keep their colours' meanings. */
const NO_LANE: Record<Language, readonly string[]> = {
  en: ["Other", "Misc.", ""],
  sv: ["Övrigt", "Annat", ""],
  da: ["Andet", "Diverse", ""],
};
const TITLES: Record<Language, readonly string[]> = {
  en: ["Customer journey", "Journey map – onboarding", "As-is journey"],
  sv: ["Kundresa", "Kundresan – onboarding", "Nuläge"],
  da: ["Kunderejse", "Kunderejsen – onboarding", "Nuværende rejse"],
};
/** Fills teams give a grid's header and label cells; body cells stay white or pale. */
const HEADER_FILLS = ["#1A1A5E", "#414BB2", "#E6E6E6", "#FFD02F", "#C6DCFF"];
const BODY_FILLS = ["#FFFFFF", "#FFFFFF", "#F5F6F8", "#FAFAFA"];

/**
 * A journey drawn in a table: on FigJam a TABLE whose header cells are the
 * stage titles and whose first column holds the lane labels (empty cells are no items); on Miro,
 * whose REST items have no table, a grid of rectangles tiled in rows and columns, the same words
 * in the top row and the first column, the body cells empty. Stickies are stuck over the cells,
 * a few a cell, some hanging over an edge; now and then a row labelled with no lane ("Other"),
 * whose notes mean what their colours say, an untitled stage, a title above and a parking lot.
 */
export function drawTableGrid(recipe: RealRecipe, random: Random): RealDrawing {
  const sketch = new Sketch(recipe.platform, random);
  const { language, platform } = recipe;
  const { width: w, height: h } = boardNoteSize(platform, random);
  const stages = boardStages(random, language, 4, 7);
  const lanes: (LaneKind | null)[] = boardLanes(random, 3, 6);
  const colourOf = boardColouring(platform, random);
  // A row for whatever else comes up, its label naming no lane.
  if (random.chance(0.35)) lanes.splice(random.int(1, lanes.length), 0, null);
  const untitled = random.chance(0.2) ? random.int(1, stages.length - 1) : -1;

  // Cells fit a few notes side by side and one or two lines of them, with room to spare.
  const perRow = stages.map(() => random.int(1, 3));
  const lines = lanes.map(() => random.int(1, 2));
  const pad = random.between(0.15, 0.4);
  // Now and then a table with no label column: its rows are told apart by colour alone.
  const labelColumn = random.chance(0.85);
  const first = labelColumn ? 1 : 0;
  const widths = [
    ...(labelColumn ? [random.between(1.1, 1.6) * w] : []),
    ...perRow.map((n) => n * w * 1.1 + 2 * pad * w),
  ];
  const heights = [random.between(0.35, 0.6) * h, ...lines.map((n) => n * h * 1.08 + 2 * pad * h)];
  // A grid of shapes is snapped together, or left with a sliver of board between its cells.
  const asTable = platform === "figjam" && random.chance(0.8);
  const space = asTable || random.chance(0.5) ? 0 : random.between(0, 0.12) * Math.min(w, h);
  const lefts = offsets(widths, space);
  const tops = offsets(heights, space);
  const width = (lefts[lefts.length - 1] as number) + (widths[widths.length - 1] as number);
  const height = (tops[tops.length - 1] as number) + (heights[heights.length - 1] as number);

  const textOf = (row: number, column: number): string => {
    if (row === 0 && column < first) return random.pick(CORNER[language]);
    if (row === 0) return column - first === untitled ? "" : (stages[column - first] as string);
    if (column >= first) return "";
    const lane = lanes[row - 1] ?? null;
    if (lane === null) return random.pick(NO_LANE[language]);
    return random.chance(0.3)
      ? random.pick(LANE_WORDINGS[language][lane])
      : LANE_TITLES[language][lane];
  };
  const tableId = `table-${random.int(100, 999)}`;
  if (asTable) {
    sketch.add("other", {
      id: tableId,
      platformType: "TABLE",
      x: width / 2,
      y: height / 2,
      width,
      height,
    });
  }
  const headerFill = random.pick(HEADER_FILLS);
  const bodyFill = random.pick(BODY_FILLS);
  for (let row = 0; row < heights.length; row++) {
    for (let column = 0; column < widths.length; column++) {
      const text = textOf(row, column);
      const box = {
        x: (lefts[column] as number) + (widths[column] as number) / 2,
        y: (tops[row] as number) + (heights[row] as number) / 2,
        width: widths[column] as number,
        height: heights[row] as number,
      };
      const edge = row === 0 || column < first;
      if (asTable) {
        if (text === "") continue;
        sketch.add("text", {
          ...box,
          id: `${tableId}/r${row}c${column}`,
          platformType: "TABLE_CELL",
          text,
          fill: edge ? headerFill : null,
          cell: { tableId, row, column },
        });
      } else {
        sketch.add("shape", {
          ...box,
          shape: "rectangle",
          text,
          fill: edge ? headerFill : bodyFill,
        });
      }
    }
  }

  // The notes, cell by cell, stuck on the table: a sticky's middle is always over its cell.
  const jitter = random.between(0.02, 0.12);
  lanes.forEach((lane, r) => {
    const rowTop = tops[r + 1] as number;
    const rowHeight = heights[r + 1] as number;
    const shown: LaneKind = lane ?? random.pick(["opportunity", "question", "thought"] as const);
    stages.forEach((_, s) => {
      if (random.chance(0.15)) return;
      const cellLeft = lefts[s + first] as number;
      const cellWidth = widths[s + first] as number;
      const count = random.int(1, (perRow[s] as number) * (lines[r] as number));
      for (let k = 0; k < count; k++) {
        const column = k % (perRow[s] as number);
        const line = Math.floor(k / (perRow[s] as number));
        const x =
          cellLeft + pad * w + column * w * 1.1 + w / 2 + random.between(-1, 1) * jitter * w;
        const y = rowTop + pad * h + line * h * 1.08 + h / 2 + random.between(-1, 1) * jitter * h;
        // Now and then a note is stuck near a cell's edge, hanging over into the next cell.
        const nearEdge = random.chance(0.1);
        const colour: NamedColourId =
          lane === null || !labelColumn ? laneColour(platform, shown) : colourOf(lane);
        sketch.content(
          "sticky",
          {
            text: random.pick(NOTE_TEXTS[language][shown]),
            fill: sketch.fill(colour),
            x: nearEdge
              ? cellLeft + (random.chance(0.5) ? 0.08 : 0.92) * cellWidth
              : clamp(x, cellLeft + 2, cellLeft + cellWidth - 2),
            y: clamp(y, rowTop + 2, rowTop + rowHeight - 2),
            width: w,
            height: h,
          },
          { journey: 0, stage: s, lane: shown },
        );
      }
    });
  });

  if (random.chance(0.6)) {
    sketch.add("text", {
      text: random.pick(TITLES[language]),
      x: width / 2,
      y: -1.2 * h,
      width: Math.min(width, 8 * w),
      height: 0.5 * h,
    });
  }
  // A parking lot right of the table: questions belong to no stage.
  for (let k = random.int(0, 3); k > 0; k--) {
    sketch.content(
      "sticky",
      {
        text: random.pick(NOTE_TEXTS[language].question),
        fill: sketch.fill(laneColour(platform, "question")),
        x: width + 1.5 * w + random.between(0, 1.5) * w,
        y: random.between(0.2, 0.8) * height,
        width: w,
        height: h,
      },
      { journey: 0, stage: null, lane: "question" },
    );
  }
  if (random.chance(0.3)) drawPersona(sketch, recipe, asTable, -1.5 * w, w, h);
  return sketch.drawing();
}

const PERSONA: Record<Language, readonly (readonly [string, string])[]> = {
  en: [
    ["Persona", "Anna, 34"],
    ["Goal", "Move house without stress"],
    ["Quote", ""],
  ],
  sv: [
    ["Persona", "Anna, 34"],
    ["Mål", "Flytta utan stress"],
    ["Citat", ""],
  ],
  da: [
    ["Persona", "Anna, 34"],
    ["Mål", "Flytte uden stress"],
    ["Citat", ""],
  ],
};

/**
 * A persona card left of the journey, drawn as a small table of its own, a sticky with the
 * persona's words on it: outside every stage, its lane from its colour.
 */
function drawPersona(
  sketch: Sketch,
  recipe: RealRecipe,
  asTable: boolean,
  right: number,
  w: number,
  h: number,
): void {
  const { random } = sketch;
  const rows = PERSONA[recipe.language];
  const [labelWidth, textWidth] = [1.2 * w, 1.6 * w];
  const widths = [labelWidth, textWidth];
  const height = 0.6 * h;
  const left = right - labelWidth - textWidth;
  const tableId = `persona-${random.int(100, 999)}`;
  const top = random.between(0, 2) * h;
  if (asTable) {
    sketch.add("other", {
      id: tableId,
      platformType: "TABLE",
      x: left + (labelWidth + textWidth) / 2,
      y: top + (rows.length * height) / 2,
      width: labelWidth + textWidth,
      height: rows.length * height,
    });
  }
  rows.forEach((cells, row) => {
    cells.forEach((text, column) => {
      const box = {
        x: left + (column === 0 ? labelWidth / 2 : labelWidth + textWidth / 2),
        y: top + (row + 0.5) * height,
        width: widths[column] as number,
        height,
      };
      if (asTable) {
        if (text !== "")
          sketch.add("text", {
            ...box,
            id: `${tableId}/r${row}c${column}`,
            platformType: "TABLE_CELL",
            text,
            cell: { tableId, row, column },
          });
      } else sketch.add("shape", { ...box, shape: "rectangle", text, fill: "#FFFFFF" });
    });
  });
  const colour = laneColour(recipe.platform, "thought");
  sketch.content(
    "sticky",
    {
      text: random.pick(NOTE_TEXTS[recipe.language].thought),
      fill: sketch.fill(colour),
      x: left + labelWidth + textWidth / 2,
      y: top + 2.5 * height,
      width: w,
      height: h,
    },
    { journey: 0, stage: null, lane: "thought" },
  );
}

/** Where each of the sizes starts when laid end to end, `space` apart. */
function offsets(sizes: readonly number[], space: number): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const size of sizes) {
    starts.push(at);
    at += size + space;
  }
  return starts;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
