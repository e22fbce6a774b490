import type { Journey } from "../model/journey";

/** Where the journey stands on the board, for placing what is written beside it. */
export interface JourneyExtent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The box around the stages and the placed notes; a stand-in box for a board without any. A
 * vertical journey's stage bands are vertical extents.
 */
export function journeyExtent(journey: Journey): JourneyExtent {
  const placed = new Set(journey.placements.map((p) => p.noteId));
  const notes = journey.notes.filter((n) => placed.has(n.id));
  // Stage bands run along x, or along y where the journey runs down the board.
  const along = journey.stages.flatMap((s) => [s.band.start, s.band.end]);
  const vertical = journey.orientation === "vertical";
  const xs = vertical ? [] : along;
  const ys = vertical ? along : [];
  const left = Math.min(...xs, ...notes.map((n) => n.x - n.width / 2));
  const right = Math.max(...xs, ...notes.map((n) => n.x + n.width / 2));
  const top = Math.min(...ys, ...notes.map((n) => n.y - n.height / 2));
  const bottom = Math.max(...ys, ...notes.map((n) => n.y + n.height / 2));
  return Number.isFinite(left + right + top + bottom)
    ? { left, right, top, bottom }
    : { left: 0, right: 1000, top: 0, bottom: 1000 };
}
