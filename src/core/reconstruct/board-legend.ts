import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import { colourWords, meaningWords } from "../legend/describe-legend";
import type { LegendEntry } from "../legend/legend";
import { labelTokens } from "../lexicon/label-tokens";
import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";
import { type Edges, keysOfTitle } from "./legend-clusters";
import { type Boxed, type LegendKey, legendKeys, noteChip, shapeChip } from "./legend-keys";
import { untitledLegend } from "./legend-untitled";
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
/** How far apart, in note sizes, a titled legend's lines may stand. */
const TITLED_GAP = 1;
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
  for (const list of [parts.frames, parts.labels, parts.notes]) {
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as BoardItem | Note;
      if (isLegendTitle(item.text)) titles.push(item);
    }
  }
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
  const untitled = untitledLegend(parts, platform, notesByPlace, filledShapes, captions);
  return untitled && legendOf(untitled, null);
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
