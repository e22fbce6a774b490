import type { Band } from "../model/band";
import { gapsBetween, type Interval, mergeIntervals, widestGapWithin } from "./intervals";

/** Something that marks a band: a stage header above its column, a lane label beside its row. */
export interface Anchor {
  at: number;
  size: number;
}

/** Notes further than this many note sizes from the rest belong to no band (a parking lot). */
export const OUTSIDE_DISTANCE = 1.5;
/** An anchor at least this share of the spacing wide spans its band: its edges are the band's. */
const SPANNING = 0.6;

/**
 * Bands from anchors along one axis. Anchors as wide as their bands (a template's stage headers
 * and lane labels) give the bands their edges. Between narrower anchors the boundary goes in the
 * widest gap the notes leave there (people leave space between stages; a header need not sit over
 * the middle of an uneven stage), or halfway when the notes leave none. The outer bands reach as
 * far as the notes run on without a gap wider than OUTSIDE_DISTANCE note sizes.
 */
export function bandsFromAnchors(
  anchors: readonly Anchor[],
  noteSpans: readonly Interval[],
  noteSize: number,
): Band[] {
  const sorted = [...anchors].sort((a, b) => a.at - b.at);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const gaps = gapsBetween(mergeIntervals(noteSpans));
  const spacings = sorted.slice(1).map((anchor, i) => anchor.at - (sorted[i] as Anchor).at);
  const spanning =
    spacings.length > 0 && sorted.every((a) => a.size >= SPANNING * Math.min(...spacings));
  const boundaries: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as Anchor;
    const after = sorted[i] as Anchor;
    if (spanning) {
      boundaries.push((before.at + before.size / 2 + after.at - after.size / 2) / 2);
      continue;
    }
    const gap = widestGapWithin(gaps, before.at, after.at);
    boundaries.push(gap ? (gap.start + gap.end) / 2 : (before.at + after.at) / 2);
  }
  const span = { start: first.at - first.size / 2, end: last.at + last.size / 2 };
  const reach = extentAround(span, noteSpans, noteSize * OUTSIDE_DISTANCE);
  const edges = [reach.start, ...boundaries, reach.end];
  return sorted.map((_, i) => ({ start: edges[i] as number, end: edges[i + 1] as number }));
}

/** A span widened through the notes that continue it without a wide gap. */
export function extentAround(
  span: Interval,
  noteSpans: readonly Interval[],
  gap: number,
): Interval {
  const blocks = mergeIntervals([...noteSpans, span], gap);
  const block = blocks.find((b) => b.start <= span.start && b.end >= span.end) ?? span;
  return { start: Math.min(span.start, block.start), end: Math.max(span.end, block.end) };
}
