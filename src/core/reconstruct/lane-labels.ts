import { DEFAULT_LEGEND } from "../legend/default-legend";
import { meaningLookup } from "../legend/legend";
import { recogniseLane } from "../lexicon/recognise-lane";
import type { LaneKind } from "../model/lane-kind";
import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";
import { groupAlong } from "./group-along";
import { NoteSpread, type Placed } from "./note-spread";

/** A label in the leftmost column that names the lane of its row. */
export interface LaneLabel {
  id: string;
  kind: LaneKind;
  title: string;
  confidence: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Labels within this many note widths of the leftmost stand in one column. */
const COLUMN_REACH = 0.75;
/** A lane label is a few words, not a note's sentence. */
const MAX_LABEL_LENGTH = 48;
const MIN_LABEL_CONFIDENCE = 0.6;
/** Labels of a single lane kind must name it at least this surely. */
const LONE_LABEL_CONFIDENCE = 0.8;
/** No note lies left of a lone label within this many note heights of it. */
const LONE_CLEAR = 2;
/** Stage titles written on notes wear the default legend's stage-header colour. */
const DEFAULT_MEANING = meaningLookup(DEFAULT_LEGEND);
/** Share of the notes that may lie left of the label column (a parking lot, a persona card). */
const MAX_NOTES_LEFT = 0.1;
/** Notes per label that may stand within the label column itself (one slipped in). */
const MAX_NOTES_IN_COLUMN = 0.5;
/** How far left, in note widths, a note makes a candidate part of its row rather than its label. */
const LEFT_NEIGHBOUR_REACH = 2.5;

/**
 * Finds the column of lane labels: text, shapes or notes whose words name a lane kind, standing
 * one above the other left of (nearly) all the notes. A board may label only one or two of its
 * rows, so a column may hold a single label. Returns them top to bottom, or an empty list when
 * the board has no such column.
 */
export function findLaneLabels(parts: BoardParts, taken: ReadonlySet<string>): LaneLabel[] {
  const notes = parts.notes.filter((n) => !taken.has(n.id));
  // Labels stand left of nearly all notes: only what lies that far left is read for its words.
  const leftmost = NoteSpread.of(notes, "x").quantile(MAX_NOTES_LEFT);
  const reach = (Number.isNaN(leftmost) ? Number.POSITIVE_INFINITY : leftmost) + parts.noteWidth;
  const candidates = labelCandidates([parts.labels, notes], reach, taken);
  if (candidates.length === 0) return [];
  const neighbourReach = LEFT_NEIGHBOUR_REACH * parts.noteWidth;
  const nearby = notes.filter((n) => n.x <= reach + parts.noteWidth);
  const hasLeftNeighbour = (label: LaneLabel) =>
    nearby.some(
      (n) =>
        n.id !== label.id &&
        Math.abs(n.y - label.y) < parts.noteHeight / 2 &&
        n.x < label.x - label.width / 2 &&
        n.x > label.x - neighbourReach,
    );
  // A lone label stands at the left of a row of notes, clear of them: no note beside it to its
  // left, and it is no stage's title over them (the first stage may well be called "Behov").
  const isHeader = (n: Note) => DEFAULT_MEANING(n.colour) === "stage-header";
  const loneLabel = (label: LaneLabel) =>
    label.confidence >= LONE_LABEL_CONFIDENCE &&
    notes.some(
      (n) =>
        n.id !== label.id &&
        !isHeader(n) &&
        n.x > label.x + label.width / 2 &&
        Math.abs(n.y - label.y) <= Math.max(label.height / 2, parts.noteHeight),
    ) &&
    !notes.some(
      (n) =>
        n.x < label.x - label.width / 2 && Math.abs(n.y - label.y) <= LONE_CLEAR * parts.noteHeight,
    );
  const columns = groupAlong(candidates, "x", (first) =>
    Math.max(COLUMN_REACH * parts.noteWidth, first.width / 2),
  );
  for (const found of columns) {
    // A lane label starts its row: a candidate with a note just left of it is a note itself.
    const column = found.filter((label) => !hasLeftNeighbour(label));
    // One lane's label alone may name its row (rows then come from what the board draws), but
    // only when its words say so clearly: a lone note that happens to name a lane is a note.
    const oneKind = new Set(column.map((c) => c.kind)).size < 2;
    if (oneKind && !column.every(loneLabel)) continue;
    const ids = new Set(column.map((c) => c.id));
    const left = Math.min(...column.map((c) => c.x)) - parts.noteWidth / 2;
    const right = Math.max(...column.map((c) => c.x)) + parts.noteWidth / 2;
    const others = nearby.filter((n) => !ids.has(n.id) && n.x <= right);
    // A column of labels stands clear: notes in it mean it is a stage's column with a few
    // notes that happen to name lanes ("NPS", "Behov").
    const inColumn = others.filter((n) => n.x >= left).length;
    if (inColumn > MAX_NOTES_IN_COLUMN * column.length) continue;
    if (others.length - inColumn > MAX_NOTES_LEFT * notes.length) continue;
    return column.sort((a, b) => a.y - b.y);
  }
  return [];
}

/** Items far enough left whose few words name a lane, each text read once. */
function labelCandidates(
  lists: readonly (readonly (Placed & { id: string; text: string })[])[],
  reach: number,
  taken: ReadonlySet<string>,
): LaneLabel[] {
  const read = new Map<string, ReturnType<typeof recogniseLane>>();
  const candidates: LaneLabel[] = [];
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as Placed & { id: string; text: string };
      if (item.x > reach || taken.has(item.id) || item.text.length > MAX_LABEL_LENGTH) continue;
      let lane = read.get(item.text);
      if (lane === undefined) {
        lane = recogniseLane(item.text);
        read.set(item.text, lane);
      }
      if (!lane || lane.confidence < MIN_LABEL_CONFIDENCE) continue;
      const { id, x, y, width, height } = item;
      candidates.push({
        id,
        kind: lane.kind,
        title: item.text.trim(),
        confidence: lane.confidence,
        x,
        y,
        width,
        height,
      });
    }
  }
  return candidates;
}
