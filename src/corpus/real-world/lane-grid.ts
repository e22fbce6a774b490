import type { NamedColourId } from "../../core/colour/named-colour";
import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import type { Random } from "../random";
import { NOTE_TEXTS } from "../vocabulary";
import type { Sketch } from "./sketch";

/** How a team filled a grid of stages and rows with notes. */
export interface GridFill {
  language: Language;
  stages: readonly string[];
  /** The rows' lanes, top to bottom. */
  lanes: readonly LaneKind[];
  /** The stickies' size on this board (teams resize them on Miro; FigJam has two sizes). */
  note: { width: number; height: number };
  /** Columns of notes per stage, at most. */
  maxColumns: number;
  maxPerCell: number;
  emptyCell: number;
  /** Gaps between notes and between stages and rows, in note sizes. */
  noteGap: number;
  stageGap: number;
  rowGap: number;
  /** How far notes stray from their slot, in note sizes. */
  jitter: number;
  /** The chance that a note at the edge of its cell is pushed a third of its size across it. */
  edge?: number;
  /** The colour a note of a lane is given (a team's own choice, or a wrong one now and then). */
  colourOf: (lane: LaneKind) => NamedColourId;
  /** Where the grid's top-left corner lies. */
  left: number;
  top: number;
  /** The frame or section the notes are drawn in, if any. */
  parentId?: string;
}

/** How loosely a team fills its grid: how many notes to a cell, and how far apart. */
export type GridHabits = Pick<
  GridFill,
  "maxColumns" | "maxPerCell" | "emptyCell" | "noteGap" | "stageGap" | "rowGap" | "jitter"
>;

/** The ranges a team's habits are drawn from; a board category narrows the ones it needs to. */
export type GridHabitRanges = Partial<Record<keyof GridHabits, readonly [number, number]>>;

const USUAL_HABITS: Record<keyof GridHabits, readonly [number, number]> = {
  maxColumns: [1, 3],
  maxPerCell: [1, 4],
  emptyCell: [0.05, 0.2],
  noteGap: [0.04, 0.2],
  stageGap: [0.3, 1],
  rowGap: [0.3, 0.7],
  jitter: [0, 0.08],
};

/**
 * Draws a team's habits from the usual ranges, or the category's own. They are drawn in one
 * fixed order, so a seed keeps drawing the same board.
 */
export function gridHabits(random: Random, ranges: GridHabitRanges = {}): GridHabits {
  const range = (key: keyof GridHabits) => ranges[key] ?? USUAL_HABITS[key];
  const count = (key: keyof GridHabits) => random.int(...range(key));
  const amount = (key: keyof GridHabits) => random.between(...range(key));
  return {
    maxColumns: count("maxColumns"),
    maxPerCell: count("maxPerCell"),
    emptyCell: amount("emptyCell"),
    noteGap: amount("noteGap"),
    stageGap: amount("stageGap"),
    rowGap: amount("rowGap"),
    jitter: amount("jitter"),
  };
}

/** Where a drawn grid's stages and rows lie, for the titles, labels and shapes around them. */
export interface DrawnGrid {
  stages: { title: string; left: number; right: number }[];
  rows: { lane: LaneKind; top: number; bottom: number }[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  notes: string[];
}

/**
 * Draws the notes of a journey's grid: per stage a few columns, per row as many lines of notes
 * as its fullest cell needs. Each note is true to its cell, whatever its colour.
 */
export function drawGrid(sketch: Sketch, fill: GridFill, journey = 0): DrawnGrid {
  const { random } = sketch;
  const { width: w, height: h } = fill.note;
  const colPitch = w * (1 + fill.noteGap);
  const rowPitch = h * (1 + fill.noteGap);
  const columns = fill.stages.map(() => random.int(1, fill.maxColumns));
  const cell = (): number => (random.chance(fill.emptyCell) ? 0 : random.int(1, fill.maxPerCell));
  const counts = fill.stages.map(() => fill.lanes.map(cell));
  // A stage with no notes at all is no stage a facilitator would count: give it one.
  for (const stage of counts)
    if (!stage.some((c) => c > 0)) stage[random.int(0, stage.length - 1)] = 1;

  const stages: DrawnGrid["stages"] = [];
  let x = fill.left;
  columns.forEach((cols, s) => {
    const used = Math.min(cols, Math.max(1, ...(counts[s] ?? [])));
    const right = x + (used - 1) * colPitch + w;
    stages.push({ title: fill.stages[s] as string, left: x, right });
    x = right + w * fill.stageGap;
  });
  const rows: DrawnGrid["rows"] = [];
  let y = fill.top;
  fill.lanes.forEach((lane, l) => {
    const lines = Math.max(1, ...columns.map((c, s) => Math.ceil((counts[s]?.[l] ?? 0) / c)));
    const bottom = y + (lines - 1) * rowPitch + h;
    rows.push({ lane, top: y, bottom });
    y = bottom + h * fill.rowGap;
  });

  const notes: string[] = [];
  const texts = NOTE_TEXTS[fill.language];
  stages.forEach((stage, s) => {
    const cols = columns[s] as number;
    rows.forEach((row, l) => {
      const count = counts[s]?.[l] ?? 0;
      for (let k = 0; k < count; k++) {
        const nx =
          stage.left + (k % cols) * colPitch + w / 2 + random.between(-1, 1) * fill.jitter * w;
        const ny =
          row.top +
          Math.floor(k / cols) * rowPitch +
          h / 2 +
          random.between(-1, 1) * fill.jitter * h;
        const note = sketch.content(
          "sticky",
          {
            text: random.pick(texts[row.lane]),
            fill: sketch.fill(fill.colourOf(row.lane)),
            x: nx,
            y: ny,
            width: w,
            height: h,
            parentId: fill.parentId ?? null,
          },
          { journey, stage: s, lane: row.lane },
        );
        notes.push(note.id);
      }
    });
  });
  const last = stages[stages.length - 1];
  const lastRow = rows[rows.length - 1];
  return {
    stages,
    rows,
    left: fill.left,
    right: last ? last.right : fill.left,
    top: fill.top,
    bottom: lastRow ? lastRow.bottom : fill.top,
    notes,
  };
}
