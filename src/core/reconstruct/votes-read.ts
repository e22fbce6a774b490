import type { BoardItem } from "../board/board-item";
import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";
import { isMark } from "./legend-marks";
import type { Structure } from "./structure";
import type { NoteGrid } from "./votes-note-grid";

/** A vote dot is a sticky at most this share of the board's median note each way. */
const DOT_SIZE = 0.5;
/** Outlines of a dot drawn as a shape (Miro's circle, FigJam's ellipse). */
const ROUND = new Set(["circle", "ellipse", "oval"]);
/** How much of a voted note's name a reason quotes. */
const QUOTE_LENGTH = 40;

/** Whether a sticky is a vote dot: much smaller than the board's notes, with no words on it. */
export function isVoteDot(note: Note, parts: BoardParts): boolean {
  return (
    note.width <= DOT_SIZE * parts.noteWidth &&
    note.height <= DOT_SIZE * parts.noteHeight &&
    isMark(note.text)
  );
}

/**
 * Reads the team's votes: dot stickies and stamps put on a note count as its votes (`votes` on
 * the note read, never on the board). Each dot is structure with the role "vote" and a reason
 * naming the note it votes for; a dot on no note votes for nothing and says so. Stamps and
 * small round shapes on a note are not notes and are only counted. Notes already read as
 * structure (a legend's chips) are neither dots nor voted for. Each dot and stamp looks up its
 * note in `notesByPlace`.
 */
export function readVotes(
  parts: BoardParts,
  structure: Structure,
  notesByPlace: () => NoteGrid,
): void {
  const dots = parts.notes.filter((n) => isVoteDot(n, parts) && !structure.has(n.id));
  const dotShapes = roundDots(parts).filter((shape) => !structure.has(shape.id));
  if (dots.length === 0 && parts.stamps.length === 0 && dotShapes.length === 0) return;
  const dotIds = new Set(dots.map((d) => d.id));
  const grid = notesByPlace();
  const votable = (n: Note) => !dotIds.has(n.id) && !structure.has(n.id);
  // A dot stuck on a note's corner, or stacked on the dots before it, may lie half off it.
  const noteUnder = (mark: Note | BoardItem) =>
    grid.at(
      mark.x,
      mark.y,
      Math.max(mark.width, mark.height),
      (n) => !votable(n) || n.width <= mark.width,
    );
  for (const dot of dots) {
    const voted = noteUnder(dot);
    if (voted) voted.votes = (voted.votes ?? 0) + 1;
    structure.set(dot.id, {
      role: "vote",
      reason: voted
        ? `a vote dot for the note ${quote(voted)}`
        : "a vote dot on no note: it votes for nothing",
    });
  }
  for (const mark of [...parts.stamps, ...dotShapes]) {
    const voted = noteUnder(mark);
    if (voted) voted.votes = (voted.votes ?? 0) + 1;
  }
}

/** Round filled shapes much smaller than a note: the dots of Miro's dot-voting templates. */
function roundDots(parts: BoardParts): BoardItem[] {
  return parts.bareShapes.filter(
    (shape) =>
      shape.fill !== null &&
      ROUND.has(shape.shape ?? "") &&
      shape.width <= DOT_SIZE * parts.noteWidth &&
      shape.height <= DOT_SIZE * parts.noteHeight,
  );
}

function quote(note: Note): string {
  const line = (note.text.split("\n")[0] ?? "").trim();
  if (line === "") return note.id;
  return `“${line.length > QUOTE_LENGTH ? `${line.slice(0, QUOTE_LENGTH - 1)}…` : line}”`;
}
