import type { BoardItem } from "../board/board-item";
import { itemToNote } from "../board/item-to-note";
import type { Platform } from "../colour/named-colour";
import type { Note } from "../model/note";
import { selectKth } from "./select-kth";

/** A board sorted into what reconstruction reads. */
export interface BoardParts {
  /** The users' sticky notes, the candidates for placement. */
  notes: Note[];
  /** The users' text and shapes that carry words: headers, lane labels, legends, titles. */
  labels: BoardItem[];
  /** The users' frames and sections. */
  frames: BoardItem[];
  /** Everything the app made itself (templates, summaries). Never read as notes. */
  appItems: BoardItem[];
  /** Median note size, the yardstick for every distance. */
  noteWidth: number;
  noteHeight: number;
}

/** Default sticky size when a board has no notes to measure. */
const FALLBACK_SIZE = 200;

export function boardParts(items: readonly BoardItem[], platform: Platform): BoardParts {
  const parts: BoardParts = {
    notes: [],
    labels: [],
    frames: [],
    appItems: [],
    noteWidth: FALLBACK_SIZE,
    noteHeight: FALLBACK_SIZE,
  };
  for (const item of items) {
    if (item.mark !== null) parts.appItems.push(item);
    else if (item.kind === "sticky") parts.notes.push(itemToNote(item, platform));
    else if (item.kind === "frame") parts.frames.push(item);
    else if ((item.kind === "text" || item.kind === "shape") && item.text.trim() !== "") {
      parts.labels.push(item);
    }
  }
  parts.noteWidth = medianSize(parts.notes, "width");
  parts.noteHeight = medianSize(parts.notes, "height");
  return parts;
}

function medianSize(notes: readonly Note[], side: "width" | "height"): number {
  const sizes = new Float64Array(notes.length);
  let count = 0;
  for (const note of notes) if (note[side] > 0) sizes[count++] = note[side];
  return count === 0 ? FALLBACK_SIZE : selectKth(sizes.subarray(0, count), count >> 1);
}
