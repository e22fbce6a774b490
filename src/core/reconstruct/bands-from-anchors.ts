import type { Band } from "../model/band";
import { type Interval, widestGapWithin } from "./intervals";
import type { NoteSpread } from "./note-spread";

/** Something that marks a band: a stage header above its column, a lane label beside its row. */
export interface Anchor {
  at: number;
  size: number;
}

/** Notes further than this many note sizes from the rest belong to no band (a parking lot). */
export const OUTSIDE_DISTANCE = 1.5;
/** Anchors that leave less than this share of their size between them tile the axis. */
const TILING_GAP = 0.2;
/** The share of each note, around its middle, that counts when looking for gaps. */
export const MIDDLE = 0.5;
/** An anchor this many note sizes long is drawn to span its band. */
const LARGE = 1.5;

/**
 * Bands from anchors along one axis. Anchors as wide as their bands (a template's stage headers
 * and lane labels) give the bands their edges. Between narrower anchors the boundary goes in the
 * widest gap the notes leave there (people leave space between stages; a header need not sit over
 * the middle of an uneven stage), or halfway when the notes leave none. The outer bands reach as
 * far as the notes run on without a gap wider than OUTSIDE_DISTANCE note sizes.
 */
export function bandsFromAnchors(
  anchors: readonly Anchor[],
  notes: NoteSpread,
  noteSize: number,
  options: { largeAnchorsSpan?: boolean } = {},
): Band[] {
  const sorted = [...anchors].sort((a, b) => a.at - b.at);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  // The middle half of each note: how roughly a note is placed or sized hardly moves it.
  const gaps = notes.gaps(MIDDLE);
  const boundaries: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as Anchor;
    const after = sorted[i] as Anchor;
    const edge = edgeBetween(before, after, noteSize, options.largeAnchorsSpan === true);
    if (edge !== null) {
      boundaries.push(edge);
      continue;
    }
    const gap = widestGapWithin(gaps, before.at, after.at);
    boundaries.push(gap ? (gap.start + gap.end) / 2 : (before.at + after.at) / 2);
  }
  const span = { start: first.at - first.size / 2, end: last.at + last.size / 2 };
  const reach = extentAround(span, notes, noteSize * OUTSIDE_DISTANCE, noteSize);
  const edges = [reach.start, ...boundaries, reach.end];
  return sorted.map((_, i) => ({ start: edges[i] as number, end: edges[i + 1] as number }));
}

/**
 * The boundary two anchors show by their own extent, or null when they do not: anchors that tile
 * the axis (a template's headers and labels), or with `largeSpan` anchors each well larger than
 * a note (a lane label drawn as tall as its row). A wide stage header need not span its stage:
 * it may sit over part of an uneven one.
 */
export function edgeBetween(
  before: Anchor,
  after: Anchor,
  noteSize: number,
  largeSpan: boolean,
): number | null {
  const space = after.at - after.size / 2 - (before.at + before.size / 2);
  const tiling = space <= TILING_GAP * Math.min(before.size, after.size);
  const large = largeSpan && space >= 0 && Math.min(before.size, after.size) >= LARGE * noteSize;
  return tiling || large ? before.at + before.size / 2 + space / 2 : null;
}

/** A span widened through the notes that continue it without a wide gap. */
export function extentAround(
  span: Interval,
  notes: NoteSpread,
  gap: number,
  noteSize: number,
): Interval {
  let extent = { ...span };
  // Middle halves a gap and half a note apart are whole notes about a gap apart.
  for (const block of notes.blocks(MIDDLE, gap + noteSize / 2)) {
    if (block.start <= extent.end + gap && block.end >= extent.start - gap) {
      extent = { start: Math.min(extent.start, block.start), end: Math.max(extent.end, block.end) };
    }
  }
  return extent;
}
