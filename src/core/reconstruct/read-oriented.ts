import type { BoardItem } from "../board/board-item";
import { recogniseLane } from "../lexicon/recognise-lane";
import { type BoardOutline, boardOutline } from "./board-outline";
import { suggestsVertical, transposed } from "./orientation";
import {
  type Reconstruction,
  type ReconstructOptions,
  reconstructJourney,
} from "./reconstruct-journey";

/** Stage titles read this surely as lane names say the stages are really lanes. */
const LANE_TITLE_CONFIDENCE = 0.8;
/** The vertical reading must beat the horizontal one by this much to be taken. */
const MARGIN = 1.05;

/**
 * Reads one journey in the direction it runs. A board that looks vertical (lane labels across
 * the top, stage titles down the side, stage frames stacked) is read both ways, the vertical
 * way by reading the board transposed; the reading that finds more of a grid (stage titles, then
 * labelled rows) wins, and between readings that find as much, the one that places more notes
 * in a stage and a lane, more surely. A vertical journey's stage bands are vertical extents and
 * its lane bands horizontal ones, and it says so in `orientation`. Other boards are read as
 * today, once.
 */
export function readOriented(
  items: readonly BoardItem[],
  options: ReconstructOptions,
  outline: BoardOutline = boardOutline(items),
): Reconstruction {
  const horizontal = reconstructJourney(items, options);
  if (plainlyHorizontal(horizontal)) return horizontal;
  if (!suggestsVertical(outline, options.platform, options.legend)) return horizontal;
  return likelier(horizontal, readTransposed(items, options));
}

/**
 * The likelier of a board's two readings: the vertical one only where it finds a grid, and
 * more of one (stage titles, then labelled rows) than the horizontal one; where both find as
 * much, the one placing more notes in a stage and a lane, more surely, by a margin.
 */
export function likelier(horizontal: Reconstruction, vertical: Reconstruction): Reconstruction {
  if (!structured(vertical)) return horizontal;
  const firmer = structure(vertical) - structure(horizontal);
  if (firmer !== 0) return firmer > 0 ? vertical : horizontal;
  return quality(vertical) > MARGIN * quality(horizontal) ? vertical : horizontal;
}

/** The board read with x and y swapped, its notes given back in board coordinates. */
export function readTransposed(
  items: readonly BoardItem[],
  options: ReconstructOptions,
): Reconstruction {
  const read = reconstructJourney(items.map(transposed), {
    ...options,
    ...(options.board ? { board: options.board.map(transposed) } : {}),
  });
  const journey = read.journey;
  return {
    ...read,
    journey: { ...journey, orientation: "vertical", notes: journey.notes.map(transposed) },
  };
}

/**
 * Whether a reading found the grid of a journey running across: the app's template, or stage
 * titles that name no lane above rows from lane labels or frames. Such a board is not read
 * again sideways, which keeps a large board's reading as fast as before.
 */
function plainlyHorizontal(read: Reconstruction): boolean {
  return (
    read.stageSource === "template" ||
    (read.journey.stages.length >= 2 && structure(read) === FULL_GRID)
  );
}

/** Whether most stage titles name lanes: lane labels read as a header row. */
function titlesNameLanes(read: Reconstruction): boolean {
  const titles = read.journey.stages.flatMap((s) => (s.title ? [s.title] : []));
  const laneNamed = titles.filter(
    (t) => (recogniseLane(t)?.confidence ?? 0) >= LANE_TITLE_CONFIDENCE,
  ).length;
  return titles.length > 0 && 2 * laneNamed >= titles.length;
}

/**
 * Whether a reading found the stages of a journey running down: two or more stages with titles
 * of their own (stage frames, a column of titles) that name no lanes. Only such a reading can
 * say the journey runs down; gaps between notes and a row of labels are not enough.
 */
function structured(read: Reconstruction): boolean {
  return read.journey.stages.length >= 2 && structure(read) >= 2;
}

/** Titled stages (two) and rows from labels or frames (one): all of a grid. */
const FULL_GRID = 3;

/**
 * How much of a grid a reading found: stages with titles of their own count two, rows from
 * labels or frames one; stage titles that name lanes (lane labels read as a header row) none.
 */
function structure(read: Reconstruction): number {
  const titled =
    (read.stageSource === "frames" || read.stageSource === "header-row") && !titlesNameLanes(read);
  const rows = read.laneSource === "labels" || read.laneSource === "frames";
  return (titled ? 2 : 0) + (rows ? 1 : 0);
}

/**
 * How well a reading explains the board: the summed confidence of notes given both a stage and
 * a lane, halved when most stage titles name lanes (lane labels read as a header row).
 */
export function quality(read: Reconstruction): number {
  let sum = 0;
  for (const p of read.journey.placements)
    if (p.stage !== null && p.lane !== null) sum += p.confidence;
  return titlesNameLanes(read) ? sum / 2 : sum;
}
