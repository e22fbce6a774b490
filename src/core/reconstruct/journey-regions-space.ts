import { type Rect, rectOf } from "../board/board-item";
import type { BoardOutline } from "./board-outline";
import { type RegionCandidate, titleOf } from "./journey-regions";

/** Clear space this many note sizes wide separates two journeys drawn without frames. */
const SPACE_GAP = 2;

/**
 * Clusters of items with wide empty space between them: the board cut along clear horizontal
 * strips, each strip along clear vertical ones, and each piece once more along horizontal ones.
 * Fewer than two gives none.
 */
export function spaceCandidates(outline: BoardOutline): RegionCandidate[] {
  const gap = SPACE_GAP * Math.max(outline.noteWidth, outline.noteHeight);
  const { boxes, box } = outline;
  const n = boxes.length;
  const geometry: Geometry = {
    x: { middle: box.x, half: box.halfWidth },
    y: { middle: box.y, half: box.halfHeight },
  };
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const clusters = cut(all, geometry.y, gap).flatMap((strip) => {
    const pieces = cut(strip, geometry.x, gap);
    return pieces.length > 1 ? pieces.flatMap((piece) => cut(piece, geometry.y, gap)) : pieces;
  });
  if (clusters.length < 2) return [];
  return clusters.map((cluster) => {
    let left = Number.POSITIVE_INFINITY;
    let top = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    let notes = 0;
    for (let k = 0; k < cluster.length; k++) {
      const i = cluster[k] as number;
      left = Math.min(left, (box.x[i] as number) - (box.halfWidth[i] as number));
      right = Math.max(right, (box.x[i] as number) + (box.halfWidth[i] as number));
      top = Math.min(top, (box.y[i] as number) - (box.halfHeight[i] as number));
      bottom = Math.max(bottom, (box.y[i] as number) + (box.halfHeight[i] as number));
      notes += box.note[i] as number;
    }
    const rect = { x: left, y: top, width: right - left, height: bottom - top };
    // A part that is one frame, all but a few strays, is that frame: its journey may be read as
    // a frame's is, and takes its title.
    const frame = outline.frames.find((f) => covers(rectOf(f), rect));
    return {
      rect,
      title: frame ? titleOf(frame.text) : null,
      notes,
      fromFrame: frame !== undefined,
    };
  });
}

/** Whether `outer` covers most of `inner`: nine tenths of its area. */
function covers(outer: Rect, inner: Rect): boolean {
  const width = Math.min(outer.x + outer.width, inner.x + inner.width) - Math.max(outer.x, inner.x);
  const height =
    Math.min(outer.y + outer.height, inner.y + inner.height) - Math.max(outer.y, inner.y);
  return width > 0 && height > 0 && width * height >= 0.9 * inner.width * inner.height;
}

interface Axis {
  middle: Float64Array;
  half: Float64Array;
}
type Geometry = Record<"x" | "y", Axis>;

/** Bins per gap when looking for clear strips: a clear strip spans this many empty bins. */
const BINS_PER_GAP = 4;
/** Bins along an axis at most; on a wider board the bins widen. */
const MAX_BINS = 1 << 16;

/**
 * Items (by index) split where a strip of clear space about `gap` wide (at least three quarters
 * of it) runs across them. What the items cover is marked in bins a quarter gap wide, so the
 * cost is linear in the items, with no sort.
 */
function cut(indexes: Uint32Array, axis: Axis, gap: number): Uint32Array[] {
  const { middle, half } = axis;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  const count = indexes.length;
  for (let k = 0; k < count; k++) {
    const i = indexes[k] as number;
    const start = (middle[i] as number) - (half[i] as number);
    const end = (middle[i] as number) + (half[i] as number);
    if (start < low) low = start;
    if (end > high) high = end;
  }
  if (!(high - low > gap)) return [indexes];
  const bin = Math.max(gap / BINS_PER_GAP, (high - low) / MAX_BINS);
  const covered = new Uint8Array(Math.floor((high - low) / bin) + 1);
  for (let k = 0; k < count; k++) {
    const i = indexes[k] as number;
    const last = Math.floor(((middle[i] as number) + (half[i] as number) - low) / bin);
    for (
      let b = Math.floor(((middle[i] as number) - (half[i] as number) - low) / bin);
      b <= last;
      b++
    )
      covered[b] = 1;
  }
  // Where each clear strip ends: an item starting past it belongs to a later group.
  const bounds: number[] = [];
  let empty = 0;
  for (let b = 0; b < covered.length; b++) {
    if (covered[b] === 0) empty++;
    else {
      if (empty >= BINS_PER_GAP - 1) bounds.push(low + b * bin);
      empty = 0;
    }
  }
  if (bounds.length === 0) return [indexes];
  const groupOf = new Uint32Array(indexes.length);
  const sizes = new Uint32Array(bounds.length + 1);
  for (let k = 0; k < count; k++) {
    const i = indexes[k] as number;
    const start = (middle[i] as number) - (half[i] as number);
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (start >= (bounds[mid] as number)) lo = mid + 1;
      else hi = mid;
    }
    groupOf[k] = lo;
    sizes[lo] = (sizes[lo] as number) + 1;
  }
  const groups = Array.from(sizes, (size) => new Uint32Array(size));
  const filled = new Uint32Array(groups.length);
  for (let k = 0; k < count; k++) {
    const g = groupOf[k] as number;
    (groups[g] as Uint32Array)[filled[g] as number] = indexes[k] as number;
    filled[g] = (filled[g] as number) + 1;
  }
  return groups.filter((g) => g.length > 0);
}
