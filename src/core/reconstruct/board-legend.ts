import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import { colourWords, meaningWords } from "../legend/describe-legend";
import type { LegendEntry } from "../legend/legend";
import { labelTokens } from "../lexicon/label-tokens";
import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";
import { around, clusterKeys, type Edges, keysOfTitle } from "./legend-clusters";
import { type Boxed, type Chip, type LegendKey, legendKeys } from "./legend-keys";
import { isMark } from "./legend-marks";
import type { NoteGrid } from "./votes-note-grid";

const LEGEND_TITLES = [
  "legend",
  "key",
  "colour key",
  "color key",
  "colour legend",
  "color legend",
  "colour code",
  "color code",
  "colour codes",
  "color codes",
  "förklaring",
  "färgförklaring",
  "teckenförklaring",
  "färgkoder",
  "färgkod",
  "forklaring",
  "farveforklaring",
  "signaturforklaring",
  "farvekoder",
  "farvekode",
].map((title) => labelTokens(title).join(" "));

/** A legend the board carries itself, and the items that make it up. */
export interface BoardLegend {
  entries: LegendEntry[];
  /** The chips, their captions and the title, by id, with why each is the legend's. */
  itemIds: Map<string, string>;
}

/** Longer text is never a legend's title ("Signaturforklaring:" is the longest). */
const MAX_TITLE_LENGTH = 24;
/** Every legend title holds one of these; a cheap test before the exact one. */
const TITLE_HINTS = /legend|key|förklar|forklar|färg|farve|colou?r/i;
/** A chip of a legend without a title is at most this share of a note each way. */
const SMALL_CHIP = 0.6;
/** An empty chip with a caption may be as large as a wide sticky, no larger (in note sizes). */
const LARGE_CHIP = { width: 2.5, height: 1.5 };
/** How far apart, in note sizes, a titled legend's lines may stand. */
const TITLED_GAP = 1;
/** How far apart, in note sizes, the lines of a legend without a title may stand: close. */
const UNTITLED_GAP = 0.5;
/** How far to each side of a legend, in note sizes, notes would put it among them. */
const SIDE_REACH = 1.5;
/** How far beyond a title, in note sizes, its legend is looked for. */
const TITLE_REACH = 32;

/** Whether a text is a legend's title ("Legend", "Förklaring", "Farveforklaring:"). */
export function isLegendTitle(text: string): boolean {
  if (text.length < 3 || text.length > MAX_TITLE_LENGTH || !TITLE_HINTS.test(text)) return false;
  return LEGEND_TITLES.includes(labelTokens(text).join(" "));
}

/**
 * Finds the team's legend: colour chips (notes or filled shapes) each with a caption beside or
 * under it, or words of its own, that name a lane, in a row or a column. Under or beside a
 * title ("Legend", "Färgkoder", "Signaturforklaring") or in a frame so titled, any note or shape
 * can be a chip. Without a title, only a compact cluster of small chips of different colours,
 * standing clear of the notes, is a legend: a row of notes that name lanes is never one.
 * Null when the board has no legend of two lines or more.
 */
export function readBoardLegend(
  parts: BoardParts,
  platform: Platform,
  notesByPlace: () => NoteGrid,
): BoardLegend | null {
  const note = { width: parts.noteWidth, height: parts.noteHeight };
  const filledShapes = [...parts.labels, ...parts.bareShapes].filter(
    (i) => i.kind === "shape" && i.fill !== null,
  );
  const captions = parts.labels.filter((i) => i.kind === "text" || i.fill === null);
  const titles: (BoardItem | Note)[] = [];
  for (const list of [parts.frames, parts.labels, parts.notes])
    for (const item of list) if (isLegendTitle(item.text)) titles.push(item);
  for (const title of titles) {
    const box = edgesOf(title);
    const inFrame = "kind" in title && title.kind === "frame";
    const reach = inFrame
      ? box
      : {
          left: box.left - note.width,
          right: box.right + TITLE_REACH * note.width,
          top: box.top - note.height,
          bottom: box.bottom + TITLE_REACH * note.height,
        };
    const within = (i: Boxed) => i.id !== title.id && holds(reach, i);
    const chips = [
      ...notesByPlace()
        .centresIn(reach.left, reach.top, reach.right, reach.bottom)
        .filter((n) => n.id !== title.id)
        .map(noteChip),
      ...filledShapes.filter(within).map(shapeChip),
    ];
    const keys = legendKeys(chips, captions.filter(within), platform, note);
    const taken = inFrame
      ? keys
      : keysOfTitle(box, keys, TITLED_GAP * note.width, TITLED_GAP * note.height);
    const legend = legendOf(taken, title.id);
    if (legend) return legend;
  }
  return untitledLegend(parts, platform, notesByPlace, filledShapes, captions);
}

/**
 * A compact cluster of chips of different colours, clear of the board's notes: small chips, or
 * empty ones of any size with a caption. A column of markers beside lane labels, with notes in
 * line to their right, is the rows' labels, not a legend.
 */
function untitledLegend(
  parts: BoardParts,
  platform: Platform,
  notesByPlace: () => NoteGrid,
  filledShapes: readonly BoardItem[],
  captions: readonly Boxed[],
): BoardLegend | null {
  const note = { width: parts.noteWidth, height: parts.noteHeight };
  const small = (i: Boxed) =>
    i.width <= SMALL_CHIP * note.width && i.height <= SMALL_CHIP * note.height;
  const chipLike = (i: Boxed) =>
    small(i) ||
    (isMark(i.text) &&
      i.width <= LARGE_CHIP.width * note.width &&
      i.height <= LARGE_CHIP.height * note.height);
  const candidates: Chip[] = [];
  for (const n of parts.notes) if (chipLike(n)) candidates.push(noteChip(n));
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
    const inRows = cluster.filter((key) =>
      grid
        .centresIn(key.right, key.top, key.right + SIDE_REACH * note.width, key.bottom)
        .some(isNote),
    );
    if (inRows.length * 2 >= cluster.length) continue;
    const legend = legendOf(cluster, null);
    if (legend) return legend;
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

/** The legend a set of keys makes, with its title; null for fewer than two colours. */
function legendOf(keys: readonly LegendKey[], titleId: string | null): BoardLegend | null {
  const entries: LegendEntry[] = [];
  const itemIds = new Map<string, string>();
  if (titleId !== null) itemIds.set(titleId, "legend title");
  for (const key of keys) {
    if (!entries.some((entry) => entry.colour === key.colour))
      entries.push({ colour: key.colour, meaning: key.meaning });
    const says = `${colourWords(key.colour)} means ${meaningWords(key.meaning)}`;
    itemIds.set(key.chip.id, `legend swatch: ${says}`);
    if (key.captionId !== null) itemIds.set(key.captionId, `legend caption: ${says}`);
  }
  return entries.length >= 2 ? { entries, itemIds } : null;
}

function noteChip(note: Note): Chip {
  return { ...note, fill: note.rawColour, isNote: true };
}

function shapeChip(shape: BoardItem): Chip {
  return { ...shape, isNote: false };
}

function edgesOf(item: Boxed): Edges {
  return {
    left: item.x - item.width / 2,
    right: item.x + item.width / 2,
    top: item.y - item.height / 2,
    bottom: item.y + item.height / 2,
  };
}

function holds(box: Edges, item: Boxed): boolean {
  return item.x >= box.left && item.x <= box.right && item.y >= box.top && item.y <= box.bottom;
}
