import type { BoardItem } from "../board/board-item";
import { itemToNote } from "../board/item-to-note";
import type { Platform } from "../colour/named-colour";
import type { Note } from "../model/note";
import { isMark } from "./legend-marks";
import { selectKth } from "./select-kth";

/** A board sorted into what reconstruction reads. */
export interface BoardParts {
  /** The users' sticky notes and cards, the candidates for placement. */
  notes: Note[];
  /** Users' notes the file gave no position: listed as unplaced, never placed. */
  positionless: Note[];
  /** The users' text and shapes that carry words: headers, lane labels, legends, titles. */
  labels: BoardItem[];
  /** Stamps (FigJam's thumbs-up, hearts, avatars): votes for the notes they sit on. */
  stamps: BoardItem[];
  /** The users' frames and sections. */
  frames: BoardItem[];
  /** The users' tables (a FigJam TABLE); their cells with words are among `labels`. */
  tables: BoardItem[];
  /** The users' shapes that carry no words: drawn lines, empty boxes and grid cells, chips. */
  bareShapes: BoardItem[];
  /** The users' connectors without words: one drawn across the grid rules its rows. */
  connectors: BoardItem[];
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
    positionless: [],
    labels: [],
    stamps: [],
    frames: [],
    tables: [],
    bareShapes: [],
    connectors: [],
    appItems: [],
    noteWidth: FALLBACK_SIZE,
    noteHeight: FALLBACK_SIZE,
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as BoardItem;
    if (item.mark !== null) parts.appItems.push(item);
    else if (item.kind === "sticky" || item.kind === "card") {
      // A card (title and description) is a note like a sticky, placed by where it lies.
      (item.noPosition ? parts.positionless : parts.notes).push(itemToNote(item, platform));
    } else if (item.kind === "frame") parts.frames.push(item);
    else if (item.platformType === "TABLE") parts.tables.push(item);
    else if (item.kind === "shape" && item.text.trim() === "") parts.bareShapes.push(item);
    else if ((item.kind === "text" || item.kind === "shape") && item.text.trim() !== "") {
      parts.labels.push(item);
    } else if (item.kind === "other" && item.platformType === "STAMP") parts.stamps.push(item);
    else if (item.kind === "connector" && item.text.trim() === "") parts.connectors.push(item);
  }
  parts.noteWidth = medianSize(parts.notes, "width");
  parts.noteHeight = medianSize(parts.notes, "height");
  return parts;
}

/** Enough notes, taken evenly across the board, for a median size to be the board's own. */
const SIZE_SAMPLE = 2048;

/**
 * The median size of the notes that carry words: a board's dot votes and legend chips, which
 * may outnumber its notes, do not shrink the yardstick. All notes where none carries words.
 */
function medianSize(notes: readonly Note[], side: "width" | "height"): number {
  const step = Math.max(1, Math.floor(notes.length / SIZE_SAMPLE));
  const sizes = new Float64Array(Math.ceil(notes.length / step));
  let count = 0;
  for (const worded of [true, false]) {
    for (let i = 0; i < notes.length; i += step) {
      const note = notes[i] as Note;
      if (worded && isMark(note.text)) continue;
      if (note[side] > 0) sizes[count++] = note[side];
    }
    if (count > 0) break;
  }
  return count === 0 ? FALLBACK_SIZE : selectKth(sizes.subarray(0, count), count >> 1);
}
