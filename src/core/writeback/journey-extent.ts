import type { Journey } from "../model/journey";

/** Where the journey stands on the board, for placing what is written beside it. */
export interface JourneyExtent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The box around the stages and the placed notes; a stand-in box for a board without any. */
export function journeyExtent(journey: Journey): JourneyExtent {
  const placed = new Set(journey.placements.map((p) => p.noteId));
  const notes = journey.notes.filter((n) => placed.has(n.id));
  const xs = journey.stages.flatMap((s) => [s.band.start, s.band.end]);
  const left = Math.min(...xs, ...notes.map((n) => n.x - n.width / 2));
  const right = Math.max(...xs, ...notes.map((n) => n.x + n.width / 2));
  const top = Math.min(...notes.map((n) => n.y - n.height / 2));
  const bottom = Math.max(...notes.map((n) => n.y + n.height / 2));
  return Number.isFinite(left + right + top + bottom)
    ? { left, right, top, bottom }
    : { left: 0, right: 1000, top: 0, bottom: 1000 };
}
