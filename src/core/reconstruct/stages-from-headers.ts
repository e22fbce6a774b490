import type { Note } from "../model/note";
import { bandsFromAnchors } from "./bands-from-anchors";
import type { BoardParts } from "./board-parts";
import type { GridStage } from "./grid";
import { groupAlong } from "./group-along";
import { NoteSpread } from "./note-spread";

/** A header's text is a stage name, not a paragraph. */
const MAX_HEADER_LENGTH = 80;
/** Headers this close in height (in note heights) to the last one stand in its row. */
const ROW_REACH = 0.75;
/** The header row lies above this share of the notes. */
const ABOVE_SHARE = 0.9;
/** Outlines drawn as a journey's stages, one after the other (Miro's and FigJam's names). */
const ARROW = /chevron|arrow|pentagon/;

interface HeaderCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface HeaderRow {
  stages: GridStage[];
  headerIds: string[];
  /** The bottom edge of the header row: the journey starts below it. */
  bottom: number;
}

/**
 * Stages from a header row: stage-header-coloured notes (and stickies read as titles), else
 * chevrons or arrows in a row above the notes, else text and shapes standing in one row above
 * the notes. Null when the board has no such row of at least two headers.
 */
export function stagesFromHeaders(
  parts: BoardParts,
  headerNotes: readonly Note[],
  contentNotes: readonly Note[],
  taken: ReadonlySet<string>,
  labelsEnd = Number.NEGATIVE_INFINITY,
): HeaderRow | null {
  // Headers stand above the notes' middles; a large note may reach up beside them.
  const lowest = NoteSpread.of(contentNotes, "y").quantile(1 - ABOVE_SHARE);
  const limit = Number.isNaN(lowest) ? Number.POSITIVE_INFINITY : lowest;

  // A corner cell over the lane labels ("Phase", "Fas") heads no stage.
  const xs = NoteSpread.of(contentNotes, "x");
  const overNotes = (h: HeaderCandidate) => h.x > labelsEnd;
  let row = largestRow(headerNotes.filter(overNotes), parts.noteHeight);
  if (row.length < 2) {
    // Chevrons, arrows and pentagons in a row are drawn as a journey's stages.
    const arrows = parts.labels.filter(
      (label) =>
        !taken.has(label.id) &&
        ARROW.test(label.shape ?? "") &&
        overNotes(label) &&
        label.y <= limit,
    );
    row = largestRow(arrows, parts.noteHeight);
  }
  if (row.length < 2) {
    const labels = parts.labels.filter(
      (label) =>
        !taken.has(label.id) && label.text.trim().length <= MAX_HEADER_LENGTH && overNotes(label),
    );
    const rows = rowsOf([...labels, ...headerNotes], parts.noteHeight).filter(
      (r) => r.length >= 2 && Math.max(...r.map((h) => h.y)) <= limit,
    );
    row = rows.sort((a, b) => b.length - a.length || meanY(b) - meanY(a))[0] ?? [];
  }
  if (row.length < 2) return null;

  const headers = [...row].sort((a, b) => a.x - b.x);
  const anchors = headers.map((h) => ({ at: h.x, size: h.width }));
  const bands = bandsFromAnchors(anchors, xs, parts.noteWidth);
  return {
    stages: headers.map((h, i) => ({
      title: h.text.trim() || null,
      band: bands[i] ?? { start: h.x, end: h.x },
    })),
    headerIds: headers.map((h) => h.id),
    bottom: Math.max(...headers.map((h) => h.y + h.height / 2)),
  };
}

function meanY(row: readonly HeaderCandidate[]): number {
  return row.reduce((sum, h) => sum + h.y, 0) / row.length;
}

function rowsOf(items: readonly HeaderCandidate[], noteHeight: number): HeaderCandidate[][] {
  return groupAlong(items, "y", () => ROW_REACH * noteHeight);
}

function largestRow(items: readonly HeaderCandidate[], noteHeight: number): HeaderCandidate[] {
  return rowsOf(items, noteHeight).sort((a, b) => b.length - a.length)[0] ?? [];
}
