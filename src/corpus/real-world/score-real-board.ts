import type { Language } from "../../core/lexicon/lane-words";
import type { BoardReading } from "../../core/reconstruct/read-board";
import { journeyLanguage } from "../../core/summary/journey-language";
import type { RealBoard } from "./real-board";

/** How well a reading of a real-world board matches its truth. */
export interface RealScore {
  notes: number;
  /** Notes read in the right journey, stage and lane. */
  correct: number;
  /** Journeys read against journeys drawn. */
  journeysRead: number;
  journeys: number;
  /** Structure (titles, labels, chips, vote dots) placed as if it were notes. */
  structureMisread: number;
  /** Notes and structure missing from every journey's placements and unplaced: must stay 0. */
  missing: number;
  /** Notes whose votes were read right, of those that have votes. */
  votesRight: number;
  voted: number;
  /** The language the first journey was read in. */
  language: Language;
}

/** Scores a board reading against the board's truth. */
export function scoreRealBoard(board: RealBoard, reading: BoardReading): RealScore {
  const placed = new Map<string, { journey: number; stage: number | null; lane: string | null }>();
  const listed = new Set<string>();
  const votes = new Map<string, number>();
  reading.journeys.forEach(({ journey }, index) => {
    for (const p of journey.placements) {
      placed.set(p.noteId, { journey: index, stage: p.stage, lane: p.lane });
      listed.add(p.noteId);
    }
    for (const u of journey.unplaced) listed.add(u.noteId);
    for (const note of journey.notes) if (note.votes) votes.set(note.id, note.votes);
  });
  let correct = 0;
  for (const [id, truth] of board.truth) {
    const p = placed.get(id);
    if (p && p.journey === truth.journey && p.stage === truth.stage && p.lane === truth.lane)
      correct++;
  }
  let votesRight = 0;
  for (const [id, count] of board.votes) if (votes.get(id) === count) votesRight++;
  const ids = [...board.truth.keys(), ...board.structure];
  const first = reading.journeys[0];
  return {
    notes: board.truth.size,
    correct,
    journeysRead: reading.journeys.length,
    journeys: board.journeys,
    structureMisread: [...board.structure].filter((id) => placed.has(id)).length,
    missing: ids.filter((id) => !listed.has(id)).length,
    votesRight,
    voted: board.votes.size,
    language: first ? journeyLanguage(first.journey) : "en",
  };
}
