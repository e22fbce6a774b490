import type { LaneKind } from "../model/lane-kind";
import type { Note } from "../model/note";
import { findBand } from "./grid";
import { groupAlong } from "./group-along";
import type { LaneLabel } from "./lane-labels";
import { NoteSpread, type Placed } from "./note-spread";
import { stagesFromGaps } from "./stages-from-gaps";

/** A sticky this many median note widths wide is drawn wide on purpose: a title. */
const WIDE = 1.5;
/** Titles this close in height (in note heights) to the last one stand in its row. */
const ROW_REACH = 0.75;
/** A row of titles stands above all but this share of the other notes (strays aside). */
const STRAYS = 0.05;
/** ...by at least this many note heights, middle to middle. */
const CLEARANCE = 0.5;
/** At most this many titles in a row: a journey has a handful of stages. */
const MAX_TITLES = 30;
/** Titles over narrow stages stand this many note widths apart, middle to middle, or more. */
const TITLE_PITCH = 1.3;
/** Notes of the titles' colour elsewhere, a share of the titles: slips of a team's hand. */
const SLIPS = 0.25;
/** A title is a stage's name, not a note's sentence. */
const MAX_TITLE_LENGTH = 40;

/**
 * Stickies that are stage titles though not in the legend's header colour:
 * wide stickies, or stickies of a colour no other note uses, in one row above the journey's notes.
 * The journey's first row of step notes is no title row, however alone its colour: notes of the
 * step colour, notes beside a lane label and notes under a row of text or shapes (`words`: the
 * board's short texts and shapes with words) are never read as titles. Returns the titles found,
 * or none.
 */
export function stageTitleNotes(
  content: readonly Note[],
  noteWidth: number,
  noteHeight: number,
  colourLane: (note: Note) => LaneKind | null,
  labels: readonly LaneLabel[],
  words: readonly Placed[] = [],
): Note[] {
  if (content.length < 3) return [];
  // Text or shapes in a row above (chevrons, a header row) are the titles; notes under them
  // are notes.
  const wordRows = groupAlong(words, "y", () => ROW_REACH * noteHeight).filter(
    (r) => r.length >= 2,
  );
  const underWords = (row: readonly Note[]) => {
    const top = Math.min(...row.map((n) => n.y));
    const left = Math.min(...row.map((n) => n.x - n.width / 2));
    const right = Math.max(...row.map((n) => n.x + n.width / 2));
    return wordRows.some(
      (r) => r.filter((w) => w.y < top && w.x >= left && w.x <= right).length >= 2,
    );
  };
  // Titles lie above nearly all the notes: only the top of the board is read for them.
  const ys = NoteSpread.of(content, "y");
  const cut = ys.quantile(Math.min(0.5, (MAX_TITLES + STRAYS * content.length) / content.length));
  const top = content.filter((n) => n.y <= cut);
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
    return lowest <= ys.quantile(share) - CLEARANCE * noteHeight;
  };
  const isTitleRow = (row: readonly Note[]) =>
    row.length >= 2 &&
    row.every(titleLike) &&
    !besideLabel(row) &&
    aboveTheRest(row) &&
    !underWords(row);

  const wide = top.filter((n) => n.width >= WIDE * noteWidth);
  const wideRows = groupAlong(wide, "y", () => ROW_REACH * noteHeight).filter(isTitleRow);
  const ownColour = colourRows(top, content, noteHeight).filter(
    (row) =>
      colourLane(row[0] as Note) !== "step" &&
      isTitleRow(row) &&
      (spacedApart(row, noteWidth) || oneOverEachStage(row, content, noteWidth)),
  );
  const rows = [...wideRows, ...ownColour].sort((a, b) => b.length - a.length);
  return rows[0] ?? [];
}

/**
 * For each colour at the top of the board, its notes in its topmost row, where (nearly) all the
 * notes of that colour stand: a slip or two of the titles' colour down among the notes leaves it
 * the titles' own.
 */
function colourRows(top: readonly Note[], content: readonly Note[], noteHeight: number): Note[][] {
  const byColour = new Map<string, Note[]>();
  for (let i = 0; i < top.length; i++) {
    const note = top[i] as Note;
    if (note.colour === null) continue;
    const list = byColour.get(note.colour);
    if (list) list.push(note);
    else byColour.set(note.colour, [note]);
  }
  const rows = new Map<string, Note[]>();
  for (const [colour, list] of byColour) {
    let highest = Number.POSITIVE_INFINITY;
    for (const note of list) if (note.y < highest) highest = note.y;
    const row = list.filter((note) => note.y <= highest + ROW_REACH * noteHeight);
    if (row.length >= 2) rows.set(colour, row);
  }
  if (rows.size === 0) return [];
  const total = new Map<string, number>();
  for (let i = 0; i < content.length; i++) {
    const note = content[i] as Note;
    if (note.colour !== null && rows.has(note.colour)) {
      total.set(note.colour, (total.get(note.colour) ?? 0) + 1);
    }
  }
  return [...rows]
    .filter(([colour, row]) => (total.get(colour) ?? 0) - row.length <= SLIPS * row.length)
    .map(([, row]) => row);
}

/**
 * Whether the notes stand apart as titles over narrow stages do: never overlapping, and most of
 * them further apart than notes packed side by side in one stage.
 */
function spacedApart(row: readonly Note[], noteWidth: number): boolean {
  const xs = row.map((n) => n.x).sort((a, b) => a - b);
  const pitches = xs.slice(1).map((x, i) => x - (xs[i] as number));
  const sorted = [...pitches].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? 0;
  return (sorted[0] ?? 0) >= noteWidth && median >= TITLE_PITCH * noteWidth;
}

/**
 * Whether the notes stand one over each stage of the others, as titles do; a row of notes of one
 * colour packed two or three to a stage is a row of notes.
 */
function oneOverEachStage(row: readonly Note[], content: readonly Note[], noteWidth: number) {
  const inRow = new Set(row);
  const stages = stagesFromGaps(
    content.filter((n) => !inRow.has(n)),
    noteWidth,
  );
  const over = new Map<number, number>();
  for (const note of row) {
    const stage = findBand(
      stages.map((band) => ({ band })),
      note.x,
    );
    if (stage >= 0) over.set(stage, (over.get(stage) ?? 0) + 1);
  }
  return [...over.values()].every((count) => count === 1) && over.size >= row.length / 2;
}
