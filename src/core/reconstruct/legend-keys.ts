import type { BoardItem } from "../board/board-item";
import type { NamedColourId, Platform } from "../colour/named-colour";
import { resolveColour } from "../colour/resolve-colour";
import type { LegendMeaning } from "../legend/legend";
import type { Note } from "../model/note";
import { captionMeaning } from "./legend-captions";
import { isMark } from "./legend-marks";

/** Something with a centre and a size, as board items and notes have. */
export interface Boxed {
  id: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A coloured note or shape that may stand for its colour in a legend. */
export interface Chip extends Boxed {
  fill: string | null;
  /** Whether it is a sticky note (listed as structure), not a shape. */
  isNote: boolean;
}

/** One line of a legend: a chip of a colour and the words that say what the colour means. */
export interface LegendKey {
  chip: Chip;
  colour: NamedColourId;
  meaning: LegendMeaning;
  /** The text item that captions the chip; null where the chip carries its meaning itself. */
  captionId: string | null;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** How far past a chip (in chip sizes, at least half a note) its caption may start. */
const CAPTION_REACH = 1.2;
/** How far a caption may overlap its chip, in chip sizes, and still be beside or under it. */
const CAPTION_OVERLAP = 0.3;

/**
 * Reads each chip as a legend line: its meaning from its own words ("Pains" on a red sticky),
 * else from a caption just right of it or just under it. Chips with no fill, or no words that
 * name a lane, are left out. A caption captions one chip only, the nearest.
 */
export function legendKeys(
  chips: readonly Chip[],
  captions: readonly Boxed[],
  platform: Platform,
  note: { width: number; height: number },
): LegendKey[] {
  const keys: LegendKey[] = [];
  const used = new Set<string>();
  for (const chip of chips) {
    const { colour } = resolveColour(chip.fill, platform);
    if (colour === null) continue;
    const own = captionMeaning(chip.text);
    if (own !== null) {
      keys.push(keyOf(chip, colour, own, null));
      continue;
    }
    // A chip with words of its own that name no lane is a note or a title, not a chip.
    if (!isMark(chip.text)) continue;
    const caption = nearestCaption(chip, captions, used, note);
    if (caption) {
      used.add(caption.item.id);
      keys.push(keyOf(chip, colour, caption.meaning, caption.item));
    }
  }
  return keys;
}

function keyOf(
  chip: Chip,
  colour: NamedColourId,
  meaning: LegendMeaning,
  caption: Boxed | null,
): LegendKey {
  const boxes = caption ? [chip, caption] : [chip];
  return {
    chip,
    colour,
    meaning,
    captionId: caption?.id ?? null,
    left: Math.min(...boxes.map((b) => b.x - b.width / 2)),
    right: Math.max(...boxes.map((b) => b.x + b.width / 2)),
    top: Math.min(...boxes.map((b) => b.y - b.height / 2)),
    bottom: Math.max(...boxes.map((b) => b.y + b.height / 2)),
  };
}

/** The caption beside (right of) or under the chip that names a lane, nearest first. */
function nearestCaption(
  chip: Chip,
  captions: readonly Boxed[],
  used: ReadonlySet<string>,
  note: { width: number; height: number },
): { item: Boxed; meaning: LegendMeaning } | null {
  const left = chip.x - chip.width / 2;
  const right = chip.x + chip.width / 2;
  const top = chip.y - chip.height / 2;
  const bottom = chip.y + chip.height / 2;
  const reachX = Math.max(CAPTION_REACH * chip.width, note.width / 2);
  const reachY = Math.max(CAPTION_REACH * chip.height, note.height / 2);
  let best: { item: Boxed; meaning: LegendMeaning } | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const caption of captions) {
    if (used.has(caption.id) || caption.id === chip.id) continue;
    const cLeft = caption.x - caption.width / 2;
    const cTop = caption.y - caption.height / 2;
    const beside =
      cLeft >= right - CAPTION_OVERLAP * chip.width &&
      cLeft <= right + reachX &&
      caption.y >= top &&
      caption.y <= bottom;
    const under =
      cTop >= bottom - CAPTION_OVERLAP * chip.height &&
      cTop <= bottom + reachY &&
      ((caption.x >= left - chip.width / 2 && caption.x <= right + chip.width / 2) ||
        Math.abs(cLeft - left) <= CAPTION_OVERLAP * chip.width);
    if (!beside && !under) continue;
    const gap = beside ? cLeft - right : cTop - bottom;
    if (gap >= bestGap) continue;
    const meaning = captionMeaning(caption.text);
    if (meaning === null) continue;
    best = { item: caption, meaning };
    bestGap = gap;
  }
  return best;
}

/** A note as a chip. */
export function noteChip(note: Note): Chip {
  return { ...note, fill: note.rawColour, isNote: true };
}

/** A filled shape as a chip. */
export function shapeChip(shape: BoardItem): Chip {
  return { ...shape, isNote: false };
}
