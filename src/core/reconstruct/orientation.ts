import type { BoardItem } from "../board/board-item";
import { itemToNote } from "../board/item-to-note";
import type { Platform } from "../colour/named-colour";
import { DEFAULT_LEGEND } from "../legend/default-legend";
import { type Legend, meaningLookup } from "../legend/legend";
import { legendOver } from "../legend/legend-over";
import { type LaneRecognition, recogniseLane } from "../lexicon/recognise-lane";
import type { LaneKind } from "../model/lane-kind";
import type { BoardOutline } from "./board-outline";
import { encloses } from "./encloses";
import { groupAlong } from "./group-along";
import { NoteSpread } from "./note-spread";

/** How a journey runs: stages left to right (horizontal) or top to bottom (vertical). */
export type Orientation = "horizontal" | "vertical";

/** A lane label is a few words, not a note's sentence. */
const MAX_LABEL_LENGTH = 48;
const MIN_LABEL_CONFIDENCE = 0.6;
/** Labels across the top, or headers down the side, stand outside all but this share of notes. */
const OUTSIDE_SHARE = 0.1;
/** Items within this many note heights of the last one stand in its row. */
const ROW_REACH = 0.6;

/**
 * Whether a board looks like a vertical journey (stages as rows, lanes as columns): a row of
 * lane labels across the top, a column of stage headers down the side, or frames standing one
 * above the other, each holding notes. Only a hint: the reading in both directions decides.
 */
export function suggestsVertical(
  outline: BoardOutline,
  platform: Platform,
  legend?: Legend,
): boolean {
  if (outline.notes.length === 0) return false;
  const read = new Map<string, LaneRecognition | null>();
  const laneOf = (text: string) => {
    let lane = read.get(text);
    if (lane === undefined) {
      lane = text.length <= MAX_LABEL_LENGTH ? recogniseLane(text) : null;
      read.set(text, lane);
    }
    return lane && lane.confidence >= MIN_LABEL_CONFIDENCE ? lane.kind : null;
  };
  return (
    labelsAcrossTop(outline, laneOf) ||
    // A user's legend changes the colours it names only: the default's others still count.
    headersDownSide(outline, platform, legendOver(DEFAULT_LEGEND, legend?.entries ?? []), laneOf) ||
    stackedFrames(outline)
  );
}

type LaneOf = (text: string) => LaneKind | null;

/** Two or more items in a row above (nearly) all notes, naming two or more lane kinds. */
function labelsAcrossTop(outline: BoardOutline, laneOf: LaneOf): boolean {
  const top = NoteSpread.of(outline.notes, "y").quantile(OUTSIDE_SHARE) + outline.noteHeight / 2;
  const named = [...outline.labels, ...outline.notes].flatMap((item) => {
    const kind = item.y <= top ? laneOf(item.text.trim()) : null;
    return kind ? [{ ...place(item), kind }] : [];
  });
  return groupAlong(named, "y", () => ROW_REACH * outline.noteHeight).some(
    (row) => row.length >= 2 && new Set(row.map((r) => r.kind)).size >= 2,
  );
}

/**
 * Two or more notes in a column left of (nearly) all notes, naming no lane, in the
 * stage-header colour or in a colour of their own (no other note has their fill): stage titles
 * down the side. (A column of lane labels in that colour is labels.)
 */
function headersDownSide(
  outline: BoardOutline,
  platform: Platform,
  legend: Legend,
  laneOf: LaneOf,
): boolean {
  const meaning = meaningLookup(legend);
  const byFill = new Map<string | null, boolean>();
  const isHeaderColour = (note: BoardItem) => {
    let header = byFill.get(note.fill);
    if (header === undefined) {
      header = meaning(itemToNote(note, platform).colour) === "stage-header";
      byFill.set(note.fill, header);
    }
    return header;
  };
  const left = NoteSpread.of(outline.notes, "x").quantile(OUTSIDE_SHARE) + outline.noteWidth / 2;
  const leftmost = outline.notes.filter((n) => n.x <= left);
  const side = leftmost.filter((n) => laneOf(n.text.trim()) === null);
  if (side.length < 2) return false;
  // A colour of their own: every note of that fill stands down the side.
  const fills = new Map<string | null, number>();
  for (let i = 0; i < outline.notes.length; i++) {
    const n = outline.notes[i] as BoardItem;
    fills.set(n.fill, (fills.get(n.fill) ?? 0) + 1);
  }
  for (const n of leftmost) fills.set(n.fill, (fills.get(n.fill) ?? 0) - 1);
  const reach = outline.noteWidth * ROW_REACH;
  return groupAlong(side, "x", () => reach).some((column) => {
    const own = column.filter((n) => fills.get(n.fill) === 0);
    return (
      column.filter(isHeaderColour).length >= 2 ||
      (own.length >= 2 && own.every((n) => n.fill === own[0]?.fill))
    );
  });
}

/** Two or more frames holding notes that stand one above the other rather than side by side. */
function stackedFrames(outline: BoardOutline): boolean {
  if (outline.frames.length < 2) return false;
  const parents = new Set(outline.notes.map((n) => n.parentId));
  const holding = outline.frames.filter((f) => parents.has(f.id));
  const innermost = holding.filter((f) => !holding.some((g) => g !== f && encloses(f, g)));
  if (innermost.length < 2) return false;
  let stacked = 0;
  let sideBySide = 0;
  for (let i = 0; i < innermost.length; i++) {
    for (let j = i + 1; j < innermost.length; j++) {
      const a = innermost[i] as BoardItem;
      const b = innermost[j] as BoardItem;
      const xOverlap = overlap(a.x, a.width, b.x, b.width) / Math.min(a.width, b.width);
      const yOverlap = overlap(a.y, a.height, b.y, b.height) / Math.min(a.height, b.height);
      if (xOverlap > 0.5 && yOverlap <= 0.1) stacked++;
      if (yOverlap > 0.5 && xOverlap <= 0.1) sideBySide++;
    }
  }
  return stacked > sideBySide;
}

function overlap(a: number, aSize: number, b: number, bSize: number): number {
  return Math.max(
    0,
    Math.min(a + aSize / 2, b + bSize / 2) - Math.max(a - aSize / 2, b - bSize / 2),
  );
}

function place(item: { x: number; y: number; width: number; height: number }) {
  return { x: item.x, y: item.y, width: item.width, height: item.height };
}

/** Anything with a place on the board, its axes swapped: x for y, width for height. */
export function transposed<T extends { x: number; y: number; width: number; height: number }>(
  item: T,
): T {
  return { ...item, x: item.y, y: item.x, width: item.height, height: item.width };
}
