import type { Band } from "../model/band";
import type { Note } from "../model/note";
import { gapsBetween, type Interval, median, mergeIntervals } from "./intervals";

/** Gaps narrower than this share of a note are jitter, never a stage boundary. */
const MIN_GAP = 0.15;
/** Two gap sizes this far apart are of two kinds: space inside stages and space between them. */
const GAP_KIND_RATIO = 2;
/** Space inside a stage is narrower than this share of a note; wider space is between stages. */
const MAX_INNER_GAP = 0.5;
/** An end group this far from the rest (in stage gaps, and at least two notes) is a parking lot. */
const OUTLIER_GAP_RATIO = 2.5;
const OUTLIER_MIN_NOTES = 2;

/**
 * Stages from the gaps in the notes' horizontal spread, for boards without headers or frames. A
 * stage may be several notes wide and stages may differ in width; what separates them is
 * space that no note covers. Groups far off at either end (a parking lot) get no band.
 */
export function stagesFromGaps(notes: readonly Note[], noteWidth: number): Band[] {
  if (notes.length === 0) return [];
  const spans: Interval[] = notes.map((n) => ({
    start: n.x - n.width / 2,
    end: n.x + n.width / 2,
  }));
  const blocks = mergeIntervals(spans);
  const gaps = gapsBetween(blocks).map((gap, index) => ({
    ...gap,
    index,
    size: gap.end - gap.start,
  }));
  const threshold = separatorThreshold(
    gaps.map((g) => g.size),
    noteWidth,
  );
  const separators = gaps.filter((gap) => gap.size >= threshold);

  const groups: Interval[] = [];
  let start = (blocks[0] as Interval).start;
  for (const gap of separators) {
    groups.push({ start, end: gap.start });
    start = gap.end;
  }
  groups.push({ start, end: (blocks[blocks.length - 1] as Interval).end });

  const typical = median(separators.map((g) => g.size));
  const outlier = Math.max(OUTLIER_GAP_RATIO * typical, OUTLIER_MIN_NOTES * noteWidth);
  let first = 0;
  let last = groups.length - 1;
  while (first < last && (separators[first]?.size ?? 0) >= outlier) first++;
  while (last > first && (separators[last - 1]?.size ?? 0) >= outlier) last--;

  const kept = groups.slice(first, last + 1);
  return kept.map((group, i) => {
    const before = kept[i - 1];
    const after = kept[i + 1];
    return {
      start: before ? (before.end + group.start) / 2 : group.start - noteWidth / 2,
      end: after ? (group.end + after.start) / 2 : group.end + noteWidth / 2,
    };
  });
}

/**
 * The smallest gap that separates stages. When the narrow gaps are clearly narrower than the
 * rest, they are space inside stages; otherwise every visible gap separates stages.
 */
function separatorThreshold(sizes: readonly number[], noteWidth: number): number {
  const floor = MIN_GAP * noteWidth;
  const sorted = sizes.filter((s) => s >= floor).sort((a, b) => a - b);
  let best = { ratio: 0, threshold: floor };
  for (let i = 1; i < sorted.length; i++) {
    const small = sorted[i - 1] as number;
    const large = sorted[i] as number;
    if (small >= MAX_INNER_GAP * noteWidth) break;
    const ratio = large / small;
    if (ratio > best.ratio) best = { ratio, threshold: (small + large) / 2 };
  }
  return best.ratio >= GAP_KIND_RATIO ? best.threshold : floor;
}
