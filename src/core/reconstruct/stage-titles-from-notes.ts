import type { LaneKind } from "../model/lane-kind";
import type { Note } from "../model/note";
import { groupAlong } from "./group-along";
import type { LaneLabel } from "./lane-labels";
import { NoteSpread } from "./note-spread";

/** A sticky this many median note widths wide is drawn wide on purpose: a title. */
const WIDE = 1.5;
/** Titles this close in height (in note heights) to the last one stand in its row. */
const ROW_REACH = 0.75;
/** A row of titles stands above all but this share of the other notes (strays aside). */
const STRAYS = 0.05;
/** ...by at least this many note heights, middle to middle. */
const CLEARANCE = 0.5;
/** Titles of a colour of their own stand one over each stage: this many note widths apart. */
const OWN_COLOUR_SPACING = 1.4;
/** A title is a stage's name, not a note's sentence. */
const MAX_TITLE_LENGTH = 60;

/**
 * Stickies that are stage titles though not in the legend's header colour (issue 12, rule 6):
 * wide stickies, or stickies of a colour no other note uses, in one row above the journey's notes.
 * The journey's first row of step notes is no title row, however alone its colour: notes of the
 * step colour, and notes beside a lane label, are never read as titles. Returns the titles found,
 * or none.
 */
export function stageTitleNotes(
  content: readonly Note[],
  noteWidth: number,
  noteHeight: number,
  colourLane: (note: Note) => LaneKind | null,
  labels: readonly LaneLabel[],
): Note[] {
  if (content.length < 3) return [];
  let ys: NoteSpread | null = null;
  const titleLike = (n: Note) => n.text.trim().length <= MAX_TITLE_LENGTH;
  const besideLabel = (row: readonly Note[]) => {
    const top = Math.min(...row.map((n) => n.y - n.height / 2));
    const bottom = Math.max(...row.map((n) => n.y + n.height / 2));
    return labels.some((l) => l.y >= top && l.y <= bottom);
  };
  const aboveTheRest = (row: readonly Note[]) => {
    const rest = content.length - row.length;
    if (rest < row.length) return false;
    const share = (row.length + Math.floor(STRAYS * rest)) / content.length;
    const lowest = Math.max(...row.map((n) => n.y));
    ys ??= NoteSpread.of(content, "y");
    return lowest <= ys.quantile(share) - CLEARANCE * noteHeight;
  };
  const isTitleRow = (row: readonly Note[]) =>
    row.length >= 2 && row.every(titleLike) && !besideLabel(row) && aboveTheRest(row);

  const wide = content.filter((n) => n.width >= WIDE * noteWidth);
  const wideRows = groupAlong(wide, "y", () => ROW_REACH * noteHeight).filter(isTitleRow);
  const ownColour = colourRows(content, noteHeight).filter(
    (row) =>
      colourLane(row[0] as Note) !== "step" && spacedApart(row, noteWidth) && isTitleRow(row),
  );
  const rows = [...wideRows, ...ownColour].sort((a, b) => b.length - a.length);
  return rows[0] ?? [];
}

/** The notes of each colour whose notes all stand in one row; other colours give none. */
function colourRows(content: readonly Note[], noteHeight: number): Note[][] {
  const byColour = new Map<string, Note[]>();
  const spread = new Map<string, { top: number; bottom: number }>();
  for (const note of content) {
    if (note.colour === null) continue;
    const known = spread.get(note.colour);
    spread.set(
      note.colour,
      known
        ? { top: Math.min(known.top, note.y), bottom: Math.max(known.bottom, note.y) }
        : { top: note.y, bottom: note.y },
    );
  }
  const inOneRow = new Set(
    [...spread].filter(([, s]) => s.bottom - s.top <= ROW_REACH * noteHeight).map(([c]) => c),
  );
  for (const note of content) {
    if (note.colour === null || !inOneRow.has(note.colour)) continue;
    const notes = byColour.get(note.colour);
    if (notes) notes.push(note);
    else byColour.set(note.colour, [note]);
  }
  return [...byColour.values()];
}

/** Whether the notes stand well apart along the row, as one title over each stage does. */
function spacedApart(row: readonly Note[], noteWidth: number): boolean {
  const xs = row.map((n) => n.x).sort((a, b) => a - b);
  return xs.every((x, i) => i === 0 || x - (xs[i - 1] as number) >= OWN_COLOUR_SPACING * noteWidth);
}
