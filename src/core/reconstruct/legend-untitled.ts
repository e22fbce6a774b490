import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";
import { around, clusterKeys, type Edges } from "./legend-clusters";
import {
  type Boxed,
  type Chip,
  type LegendKey,
  legendKeys,
  noteChip,
  shapeChip,
} from "./legend-keys";
import { isMark } from "./legend-marks";
import type { NoteGrid } from "./votes-note-grid";

/** A chip of a legend without a title is at most this share of a note each way. */
const SMALL_CHIP = 0.6;
/** An empty chip with a caption may be as large as a wide sticky, no larger (in note sizes). */
const LARGE_CHIP = { width: 2.5, height: 1.5 };
/** How far apart, in note sizes, the lines of a legend without a title may stand: close. */
const UNTITLED_GAP = 0.5;
/** Markers a row apart stand at least this many note heights from each other. */
const ROW_PITCH = 0.8;
/** How far to each side of a legend, in note sizes, notes would put it among them. */
const SIDE_REACH = 1.5;

/**
 * A compact cluster of chips of different colours, clear of the board's notes: small chips, or
 * empty ones of any size with a caption. A column of markers beside lane labels, with notes in
 * line to their right, is the rows' labels, not a legend.
 */
export function untitledLegend(
  parts: BoardParts,
  platform: Platform,
  notesByPlace: () => NoteGrid,
  filledShapes: readonly BoardItem[],
  captions: readonly Boxed[],
): LegendKey[] | null {
  const note = { width: parts.noteWidth, height: parts.noteHeight };
  const small = (i: Boxed) =>
    i.width <= SMALL_CHIP * note.width && i.height <= SMALL_CHIP * note.height;
  const chipLike = (i: Boxed) =>
    small(i) ||
    (isMark(i.text) &&
      i.width <= LARGE_CHIP.width * note.width &&
      i.height <= LARGE_CHIP.height * note.height);
  const candidates: Chip[] = [];
  for (let i = 0; i < parts.notes.length; i++) {
    const n = parts.notes[i] as Note;
    if (chipLike(n)) candidates.push(noteChip(n));
  }
  for (const shape of filledShapes) if (chipLike(shape)) candidates.push(shapeChip(shape));
  if (candidates.length < 2) return null;
  const grid = notesByPlace();
  // A small note on a bigger one is a vote dot, not a chip.
  const onNote = (chip: Boxed) =>
    grid.at(chip.x, chip.y, 0, (n) => n.id === chip.id || n.width <= chip.width) !== null;
  const chips = candidates.filter((chip) => !onNote(chip));
  const keys = legendKeys(chips, captions, platform, note);
  const clusters = clusterKeys(keys, UNTITLED_GAP * note.width, UNTITLED_GAP * note.height);
  for (const cluster of clusters) {
    if (cluster.length < 2) break;
    if (new Set(cluster.map((k) => k.colour)).size < cluster.length) continue;
    const own = new Set(cluster.map((k) => k.chip.id));
    const isNote = (n: Boxed) => !own.has(n.id) && !small(n);
    if (amongNotes(around(cluster), grid, note, isNote)) continue;
    if (rowPitched(cluster, note.height)) {
      // Keys a row apart, each with notes in line to its right, mark the rows' labels.
      const inRows = cluster.filter((key) =>
        grid
          .centresIn(key.right, key.top, key.right + SIDE_REACH * note.width, key.bottom)
          .some(isNote),
      );
      if (inRows.length * 2 >= cluster.length) continue;
    }
    return cluster;
  }
  return null;
}

/**
 * Whether a box lies among the notes rather than clear of them or at their edge: notes in it,
 * or notes on both sides of it, left and right or above and below.
 */
function amongNotes(
  box: Edges,
  grid: NoteGrid,
  note: { width: number; height: number },
  isNote: (n: Boxed) => boolean,
): boolean {
  const any = (left: number, top: number, right: number, bottom: number) =>
    grid.centresIn(left, top, right, bottom).some(isNote);
  const [mx, my] = [note.width / 4, note.height / 4];
  if (any(box.left - mx, box.top - my, box.right + mx, box.bottom + my)) return true;
  const [rx, ry] = [SIDE_REACH * note.width, SIDE_REACH * note.height];
  // Each side reaches half a note past the box's ends: notes in a grid are not in line with
  // a small legend in their midst.
  const [top, bottom] = [box.top - note.height / 2, box.bottom + note.height / 2];
  const [left, right] = [box.left - note.width / 2, box.right + note.width / 2];
  const leftAndRight =
    any(box.left - rx, top, box.left, bottom) && any(box.right, top, box.right + rx, bottom);
  const aboveAndBelow =
    any(left, box.top - ry, right, box.top) && any(left, box.bottom, right, box.bottom + ry);
  return leftAndRight || aboveAndBelow;
}

/** Keys that stand a row apart (a note's height or more), as markers beside lane labels do. */
function rowPitched(keys: readonly LegendKey[], noteHeight: number): boolean {
  const ys = keys.map((k) => k.chip.y).sort((a, b) => a - b);
  const steps = ys.slice(1).map((y, i) => y - (ys[i] as number));
  const sorted = steps.sort((a, b) => a - b);
  return (sorted[sorted.length >> 1] ?? 0) >= ROW_PITCH * noteHeight;
}
