import type { BoardItem } from "../core/board/board-item";
import type { Platform } from "../core/colour/named-colour";
import { resolveColour } from "../core/colour/resolve-colour";
import { DEFAULT_LEGEND } from "../core/legend/default-legend";
import { meaningOf } from "../core/legend/legend";
import type { Journey } from "../core/model/journey";
import type { CorpusBoard, Truth } from "./corpus-board";

/** How well a reading of a board matches its truth. */
export interface Score {
  notes: number;
  correct: number;
  /** Structure (headers, labels, swatches) read as notes. */
  structureMisread: number;
  /** Notes missing from both placements and unplaced: must stay 0. */
  missing: number;
}

export function accuracy(score: Score): number {
  return score.notes === 0 ? 1 : score.correct / score.notes;
}

/** Scores a reconstructed journey against the board's truth: right stage and right lane. */
export function scoreJourney(board: CorpusBoard, journey: Journey): Score {
  const placed = new Map(journey.placements.map((p) => [p.noteId, p]));
  const listed = new Set([...placed.keys(), ...journey.unplaced.map((u) => u.noteId)]);
  let correct = 0;
  for (const [id, truth] of board.truth) {
    const p = placed.get(id);
    if (p && p.stage === truth.stage && p.lane === truth.lane) correct++;
  }
  const ids = [...board.truth.keys(), ...board.structure];
  return {
    notes: board.truth.size,
    correct,
    structureMisread: [...board.structure].filter((id) => placed.has(id)).length,
    missing: ids.filter((id) => !listed.has(id)).length,
  };
}

/**
 * The naive reading that any tool could do: a note's stage is the header nearest by x (text,
 * shapes, frames and stage-header notes above every other note), its lane the colour's default.
 */
export function scoreBaseline(
  board: CorpusBoard,
  items: readonly BoardItem[],
  platform: Platform,
): Score {
  const stickies = items.filter((i) => i.kind === "sticky" && i.mark === null);
  const meaning = (item: BoardItem) => {
    const { colour } = resolveColour(item.fill, platform);
    return colour ? meaningOf(DEFAULT_LEGEND, colour) : undefined;
  };
  const notes = stickies.filter((n) => meaning(n) !== "stage-header");
  const topOfNotes = Math.min(...notes.map((n) => n.y - n.height / 2));
  const headers = items
    .filter(
      (i) =>
        (i.kind === "frame" ||
          i.kind === "text" ||
          i.kind === "shape" ||
          meaning(i) === "stage-header") &&
        (i.kind === "frame" || i.y < topOfNotes),
    )
    .sort((a, b) => a.x - b.x);
  const guess = (note: BoardItem): Truth => {
    let stage: number | null = null;
    let best = Number.POSITIVE_INFINITY;
    headers.forEach((header, index) => {
      const d = Math.abs(header.x - note.x);
      if (d < best) {
        best = d;
        stage = index;
      }
    });
    const lane = meaning(note);
    return { stage, lane: lane && lane !== "none" && lane !== "stage-header" ? lane : null };
  };
  let correct = 0;
  for (const note of notes) {
    const truth = board.truth.get(note.id);
    const guessed = guess(note);
    if (truth && guessed.stage === truth.stage && guessed.lane === truth.lane) correct++;
  }
  return { notes: board.truth.size, correct, structureMisread: 0, missing: 0 };
}
