import type { Band } from "../model/band";
import type { Note } from "../model/note";
import { gapsBetween, type Interval, median } from "./intervals";
import { NoteSpread } from "./note-spread";

/**
 * The share of a note's width, around its middle, that counts as covering the board. A note
 * slipped half across the space between two stages keeps its middle in its own stage, and so
 * leaves the space open.
 */
const CORE = 0.5;
/**
 * Stages part where the notes' middles leave this much space, in note widths: with CORE at a
 * half, that is about half a note between the notes' edges, which the eye reads as the space
 * between stages; the columns of one stage stand closer.
 */
const STAGE_GAP = 1;
/**
 * A group of at most this many notes (and a small share of a usual group) that stands clearly
 * nearer one neighbour than the other is a straggler of that neighbour, not a stage of its own.
 */
const STRAGGLERS = 2;
const STRAGGLER_SHARE = 0.25;
const NEARER = 0.7;
/** A straggler stands within this many note widths (between middles) of its own stage. */
const STRAGGLER_REACH = 1.4;
/** An end group this far from the rest (in stage gaps, and at least three notes) is parked. */
const OUTLIER_RATIO = 1.75;
const OUTLIER_MIN_NOTES = 3;

interface Group extends Interval {
  notes: number;
  questions: number;
}

/**
 * Stages from the gaps in the notes' horizontal spread, for boards without headers or frames. A
 * stage may be several notes wide and stages may differ in width; what parts them is space the
 * notes' middles leave open. A group at either end that stands far off, or is made of questions,
 * is a parking lot and gets no band.
 */
export function stagesFromGaps(
  notes: readonly Note[],
  noteWidth: number,
  isQuestion: (note: Note) => boolean = () => false,
): Band[] {
  if (notes.length === 0) return [];
  const blocks = NoteSpread.of(notes, "x").blocks(CORE);
  const separators = gapsBetween(blocks).filter(
    (gap) => gap.end - gap.start >= STAGE_GAP * noteWidth,
  );
  const edges = [
    (blocks[0] as Interval).start,
    ...separators.flatMap((gap) => [gap.start, gap.end]),
    (blocks[blocks.length - 1] as Interval).end,
  ];
  const groups: Group[] = [];
  for (let i = 0; i < edges.length; i += 2) {
    groups.push({ start: edges[i] as number, end: edges[i + 1] as number, notes: 0, questions: 0 });
  }
  for (const note of notes) {
    const group = groupAt(groups, note.x);
    if (!group) continue;
    group.notes++;
    if (isQuestion(note)) group.questions++;
  }

  absorbStragglers(groups, noteWidth);
  const spaces = groups.slice(1).map((group, i) => group.start - (groups[i] as Group).end);
  const outlier = Math.max(OUTLIER_RATIO * median(spaces), OUTLIER_MIN_NOTES * noteWidth);
  const parked = (group: Group, space: number) =>
    space >= outlier || 2 * group.questions > group.notes;
  let first = 0;
  let last = groups.length - 1;
  while (first < last && parked(groups[first] as Group, spaces[first] as number)) first++;
  while (last > first && parked(groups[last] as Group, spaces[last - 1] as number)) last--;

  const kept = groups.slice(first, last + 1);
  const margin = ((1 - CORE) * noteWidth) / 2;
  return kept.map((group, i) => {
    const before = kept[i - 1];
    const after = kept[i + 1];
    return {
      start: before ? (before.end + group.start) / 2 : group.start - margin,
      end: after ? (group.end + after.start) / 2 : group.end + margin,
    };
  });
}

/** Merges stragglers into the neighbouring group they clearly stand nearer to, in place. */
function absorbStragglers(groups: Group[], noteWidth: number): void {
  const usual = median(groups.map((g) => g.notes));
  for (let i = 1; i < groups.length - 1; i++) {
    const group = groups[i] as Group;
    if (group.notes > STRAGGLERS || group.notes > STRAGGLER_SHARE * usual) continue;
    const before = groups[i - 1] as Group;
    const after = groups[i + 1] as Group;
    const left = group.start - before.end;
    const right = after.start - group.end;
    if (Math.min(left, right) >= NEARER * Math.max(left, right)) continue;
    if (Math.min(left, right) >= STRAGGLER_REACH * noteWidth) continue;
    const into = left < right ? before : after;
    into.start = Math.min(into.start, group.start);
    into.end = Math.max(into.end, group.end);
    into.notes += group.notes;
    into.questions += group.questions;
    groups.splice(i, 1);
    i--;
  }
}

/** The group whose extent holds x, by binary search over groups in order. */
function groupAt(groups: readonly Group[], x: number): Group | undefined {
  let lo = 0;
  let hi = groups.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const group = groups[mid] as Group;
    if (x < group.start) hi = mid - 1;
    else if (x > group.end) lo = mid + 1;
    else return group;
  }
  return undefined;
}
