import type { BoardItem } from "../board/board-item";

/**
 * A board sorted in one cheap pass, for deciding how to read it (how many journeys, which way
 * they run) before reading it: the users' stickies, words and frames as items, and the note size.
 */
export interface BoardOutline {
  /** The users' stickies that have a position. */
  notes: BoardItem[];
  /** The users' text and shapes that carry words. */
  labels: BoardItem[];
  /** The users' frames and sections. */
  frames: BoardItem[];
  noteWidth: number;
  noteHeight: number;
}

const FALLBACK_SIZE = 200;
/** Enough notes, taken evenly across the board, for a median size. */
const SAMPLE = 255;

/** The outline of a board's items. */
export function boardOutline(items: readonly BoardItem[]): BoardOutline {
  const outline: BoardOutline = {
    notes: [],
    labels: [],
    frames: [],
    noteWidth: FALLBACK_SIZE,
    noteHeight: FALLBACK_SIZE,
  };
  for (const item of items) {
    if (item.mark !== null || item.noPosition) continue;
    if (item.kind === "sticky") outline.notes.push(item);
    else if (item.kind === "frame") outline.frames.push(item);
    else if ((item.kind === "text" || item.kind === "shape") && item.text.trim() !== "")
      outline.labels.push(item);
  }
  outline.noteWidth = medianOf(outline.notes, "width");
  outline.noteHeight = medianOf(outline.notes, "height");
  return outline;
}

function medianOf(notes: readonly BoardItem[], side: "width" | "height"): number {
  const step = Math.max(1, Math.floor(notes.length / SAMPLE));
  const sizes: number[] = [];
  for (let i = 0; i < notes.length; i += step) {
    const size = (notes[i] as BoardItem)[side];
    if (size > 0) sizes.push(size);
  }
  sizes.sort((a, b) => a - b);
  return sizes[sizes.length >> 1] ?? FALLBACK_SIZE;
}
