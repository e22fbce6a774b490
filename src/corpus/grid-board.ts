import type { BoardItem } from "../core/board/board-item";
import type { NamedColourId } from "../core/colour/named-colour";
import type { Palette } from "../core/colour/swatch";
import type { Language } from "../core/lexicon/lane-words";
import type { LaneKind } from "../core/model/lane-kind";
import { LANE_TITLES } from "../core/template/template-labels";
import type { BoardKind, BoardRecipe, Truth } from "./corpus-board";
import type { Mess } from "./mess";
import { noteFill } from "./note-fill";
import type { Random } from "./random";
import { NOTE_TEXTS } from "./vocabulary";

/** What the generator decided about a board before drawing it. */
export interface GridPlan {
  recipe: BoardRecipe;
  mess: Mess;
  random: Random;
  language: Language;
  stageNames: string[];
  lanes: LaneKind[];
  /** Whether the board has lane labels (and so rows); otherwise lanes come from colour. */
  labelled: boolean;
  laneColours: Map<LaneKind, NamedColourId[]>;
  palette: Palette;
}

/** A board drawn by hand: columns of notes per stage, rows per lane, and its structure. */
export interface DrawnBoard {
  items: BoardItem[];
  truth: Map<string, Truth>;
  structure: Set<string>;
}

const SIZE = { miro: { width: 199, height: 228 }, figjam: { width: 240, height: 240 } };
const SPACING = 20;

function item(id: string, kind: BoardItem["kind"], fields: Partial<BoardItem>): BoardItem {
  return {
    id,
    kind,
    platformType: kind,
    text: "",
    fill: null,
    x: 0,
    y: 0,
    width: 0,
    height: 0,
    rotation: 0,
    parentId: null,
    mark: null,
    ...fields,
  };
}

/**
 * Draws a board without the app's template: stages of uneven width with gaps between them,
 * lanes as rows, and the structure of its kind (frames, a header row, lane labels, a legend).
 */
export function drawGridBoard(plan: GridPlan): DrawnBoard {
  const { recipe, mess, random, lanes } = plan;
  const kind: BoardKind = recipe.kind;
  const size = SIZE[recipe.platform];
  const colPitch = size.width + SPACING;
  const rowPitch = size.height + SPACING;
  const stageGap = size.width * random.between(1.0, 1.5);
  const laneGap = size.height * random.between(0.4, 0.8);
  const maxNotes = recipe.notesPerCell ?? 3;
  const widths = plan.stageNames.map(() => random.int(1, recipe.stageWidth ?? 3));
  const emptyStage = mess.emptyStage && kind !== "gaps" ? random.int(1, widths.length - 1) : -1;
  const counts = widths.map((_, s) =>
    lanes.map(() =>
      s === emptyStage || random.chance(mess.emptyCell) ? 0 : random.int(1, maxNotes),
    ),
  );
  if (kind === "gaps") ensureEveryStageHasNotes(counts, random, maxNotes);

  const stageLeft: number[] = [];
  let x = 0;
  for (const width of widths) {
    stageLeft.push(x);
    x += width * colPitch - SPACING + stageGap;
  }
  const gridRight = x - stageGap;
  const laneTop: number[] = [];
  let y = 0;
  lanes.forEach((_, l) => {
    laneTop.push(y);
    const rows = Math.max(1, ...widths.map((w, s) => Math.ceil((counts[s]?.[l] ?? 0) / w)));
    y += rows * rowPitch - SPACING + laneGap;
  });
  const gridBottom = y - laneGap;

  const items: BoardItem[] = [];
  const truth = new Map<string, Truth>();
  const structure = new Set<string>();
  let next = 1;
  const id = (prefix: string) => `${prefix}-${next++}`;
  const colourOf = (lane: LaneKind) => random.pick(plan.laneColours.get(lane) ?? []);
  const fillOf = (colour: NamedColourId) => {
    const palette = mess.mixedPalettes
      ? random.pick<Palette>(["figjam", "figjam-earlier"])
      : plan.palette;
    return noteFill(colour, recipe.platform, palette, random.chance(mess.customFill), random);
  };
  const noteSize = () => {
    const scale = 1 + random.between(-mess.sizeSpread, mess.sizeSpread);
    return { width: size.width * scale, height: size.height * scale };
  };

  const frames = kind === "frames" ? plan.stageNames.map(() => id("frame")) : [];
  widths.forEach((width, s) => {
    const left = stageLeft[s] as number;
    // The stage as it shows: only the columns its notes fill.
    const usedColumns = Math.min(width, Math.max(1, ...(counts[s] ?? [])));
    const right = left + usedColumns * colPitch - SPACING;
    lanes.forEach((lane, l) => {
      const count = counts[s]?.[l] ?? 0;
      for (let k = 0; k < count; k++) {
        const { width: w, height: h } = noteSize();
        let nx =
          left +
          (k % width) * colPitch +
          size.width / 2 +
          random.between(-1, 1) * mess.jitter * size.width;
        let ny = (laneTop[l] as number) + Math.floor(k / width) * rowPitch + size.height / 2;
        ny += random.between(-1, 1) * mess.jitter * size.height;
        // A note pushed onto a neighbour in its own cell: sideways, or up onto the one above.
        if (random.chance(mess.overlap)) {
          if (width > 1) nx += (k % width === 0 ? 1 : -1) * 0.45 * colPitch;
          else if (k > 0) ny -= 0.35 * rowPitch;
        }
        // A note slightly across its stage's edge: a quarter of it sticks out into the gap.
        if (random.chance(mess.edge)) {
          nx = random.chance(0.5) ? left + 0.25 * size.width : right - 0.25 * size.width;
        }
        const wrong = plan.labelled && random.chance(mess.wrongColour);
        const shown = wrong ? random.pick(lanes.filter((other) => other !== lane)) : lane;
        const noteId = id("note");
        items.push(
          item(noteId, "sticky", {
            text: random.pick(NOTE_TEXTS[plan.language][lane]),
            fill: fillOf(colourOf(shown)),
            x: nx,
            y: ny,
            width: w,
            height: h,
            parentId: frames[s] ?? null,
          }),
        );
        truth.set(noteId, { stage: s, lane });
      }
    });
  });

  const headerY = -1.2 * size.height;
  if (kind === "frames") {
    const pad = 0.3 * size.width;
    widths.forEach((width, s) => {
      const left = (stageLeft[s] as number) - pad;
      const right = (stageLeft[s] as number) + width * colPitch - SPACING + pad;
      const top = -pad - 0.3 * size.height;
      const bottom = gridBottom + pad;
      items.unshift(
        item(frames[s] as string, "frame", {
          text: plan.stageNames[s],
          fill: "#FFFFFF",
          x: (left + right) / 2,
          y: (top + bottom) / 2,
          width: right - left,
          height: bottom - top,
        }),
      );
    });
  } else if (kind !== "gaps") {
    const style =
      recipe.platform === "miro" ? random.pick(["sticky", "text"]) : random.pick(["shape", "text"]);
    widths.forEach((width, s) => {
      const centre = (stageLeft[s] as number) + (width * colPitch - SPACING) / 2;
      const headerId = id("header");
      const sticky = style === "sticky";
      items.push(
        item(headerId, sticky ? "sticky" : (style as "text" | "shape"), {
          text: plan.stageNames[s],
          fill: sticky ? "dark_blue" : style === "shape" ? "#E6E6E6" : null,
          x: centre + random.between(-1, 1) * mess.jitter * size.width,
          y: headerY + random.between(-1, 1) * mess.jitter * size.height * 0.5,
          width: sticky ? size.width : Math.min(width * colPitch, 2 * size.width),
          height: sticky ? size.height : 80,
        }),
      );
      if (sticky) structure.add(headerId);
    });
  }

  if (plan.labelled) {
    const style = random.pick(["text", "shape", "sticky"]);
    const atTop = random.chance(0.5);
    lanes.forEach((lane, l) => {
      const labelId = id("label");
      const height = atTop
        ? size.height
        : (laneTop[l + 1] ?? gridBottom + laneGap) - (laneTop[l] as number) - laneGap;
      items.push(
        item(labelId, style as "text" | "shape" | "sticky", {
          text: LANE_TITLES[plan.language][lane],
          fill: style === "sticky" ? fillOf(colourOf(lane)) : style === "shape" ? "#FFFFFF" : null,
          x: -1.6 * size.width,
          y: (laneTop[l] as number) + (atTop ? size.height / 2 : height / 2),
          width: style === "text" ? 1.4 * size.width : size.width,
          height: style === "sticky" ? size.height : atTop ? 80 : height,
        }),
      );
      if (style === "sticky") structure.add(labelId);
    });
  }

  let sideLeft = gridRight + 3 * size.width;
  if (kind === "legend") {
    items.push(
      item(id("legend"), "text", {
        text: legendTitle(plan.language),
        x: sideLeft + size.width,
        y: 0,
        width: 2 * size.width,
        height: 80,
      }),
    );
    [...lanes, "question" as const].forEach((lane, l) => {
      const swatchId = id("swatch");
      items.push(
        item(swatchId, "sticky", {
          text: LANE_TITLES[plan.language][lane],
          fill: fillOf(colourOf(lane)),
          x: sideLeft + (l % 2) * colPitch + size.width / 2,
          y: 60 + Math.floor(l / 2) * rowPitch + size.height / 2,
          width: size.width,
          height: size.height,
        }),
      );
      structure.add(swatchId);
    });
    sideLeft += 5 * size.width;
  }

  const parkedLanes: LaneKind[] = ["question", "question", ...lanes];
  for (let k = 0; k < mess.parked; k++) {
    const lane = k < 2 ? "question" : random.pick(parkedLanes);
    const noteId = id("parked");
    items.push(
      item(noteId, "sticky", {
        text: random.pick(NOTE_TEXTS[plan.language][lane]),
        fill: fillOf(colourOf(lane)),
        x: sideLeft + (k % 2) * colPitch + size.width / 2,
        y: gridBottom / 2 + Math.floor(k / 2) * rowPitch,
        width: size.width,
        height: size.height,
      }),
    );
    truth.set(noteId, { stage: null, lane });
  }
  return { items, truth, structure };
}

function legendTitle(language: Language): string {
  return { en: "Legend", sv: "Förklaring", da: "Forklaring" }[language];
}

/** A board read by its gaps shows a stage only where it has notes; give each stage one. */
function ensureEveryStageHasNotes(counts: number[][], random: Random, maxNotes: number): void {
  for (const stage of counts) {
    if (stage.every((count) => count <= 0))
      stage[random.int(0, stage.length - 1)] = random.int(1, maxNotes);
  }
}
