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
  /** Every item with a place that takes room (all but connectors), the app's too. */
  boxes: BoardItem[];
  /** The boxes' middles and half sizes, read once: items come in many shapes. */
  box: {
    x: Float64Array;
    y: Float64Array;
    halfWidth: Float64Array;
    halfHeight: Float64Array;
    /** 1 where the box is a user's sticky note. */
    note: Uint8Array;
  };
  noteWidth: number;
  noteHeight: number;
}

const FALLBACK_SIZE = 200;
/** Enough notes, taken evenly across the board, for a median size. */
const SAMPLE = 255;

/** The outline of a board's items. */
export function boardOutline(items: readonly BoardItem[]): BoardOutline {
  const n = items.length;
  const outline: BoardOutline = {
    notes: [],
    labels: [],
    frames: [],
    boxes: [],
    box: {
      x: new Float64Array(n),
      y: new Float64Array(n),
      halfWidth: new Float64Array(n),
      halfHeight: new Float64Array(n),
      note: new Uint8Array(n),
    },
    noteWidth: FALLBACK_SIZE,
    noteHeight: FALLBACK_SIZE,
  };
  const { box } = outline;
  for (let i = 0; i < n; i++) {
    const item = items[i] as BoardItem;
    if (item.noPosition) continue;
    if (item.kind !== "connector") {
      const at = outline.boxes.length;
      box.x[at] = item.x;
      box.y[at] = item.y;
      box.halfWidth[at] = item.width / 2;
      box.halfHeight[at] = item.height / 2;
      box.note[at] = item.kind === "sticky" && item.mark === null ? 1 : 0;
      outline.boxes.push(item);
    }
    if (item.mark !== null) continue;
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
