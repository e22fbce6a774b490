import { recogniseLane } from "../lexicon/recognise-lane";
import type { LaneKind } from "../model/lane-kind";
import type { BoardParts } from "./board-parts";

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

/** A lane label is a few words, not a note's sentence. */
const MAX_LABEL_LENGTH = 48;
const MIN_LABEL_CONFIDENCE = 0.6;
/** Share of the notes that may lie left of the label column (a parking lot, a persona card). */
const MAX_NOTES_LEFT = 0.1;

/**
 * Finds the column of lane labels: text, shapes or notes whose words name a lane kind, standing
 * one above the other left of (nearly) all the notes. Returns them top to bottom, or an empty
 * list when the board has no such column.
 */
export function findLaneLabels(parts: BoardParts, taken: ReadonlySet<string>): LaneLabel[] {
  const candidates: LaneLabel[] = [];
  for (const item of [...parts.labels, ...parts.notes]) {
    if (taken.has(item.id) || item.text.length > MAX_LABEL_LENGTH) continue;
    const lane = recogniseLane(item.text);
    if (!lane || lane.confidence < MIN_LABEL_CONFIDENCE) continue;
    const { id, x, y, width, height } = item;
    const title = item.text.trim();
    candidates.push({
      id,
      kind: lane.kind,
      title,
      confidence: lane.confidence,
      x,
      y,
      width,
      height,
    });
  }
  const notes = parts.notes.filter((n) => !taken.has(n.id));
  for (const column of columnsOf(candidates, parts.noteWidth * 0.75)) {
    if (new Set(column.map((c) => c.kind)).size < 2) continue;
    const ids = new Set(column.map((c) => c.id));
    const edge = Math.min(...column.map((c) => c.x)) + parts.noteWidth / 2;
    const notesLeft = notes.filter((n) => !ids.has(n.id) && n.x < edge).length;
    if (notesLeft > MAX_NOTES_LEFT * notes.length) continue;
    return column.sort((a, b) => a.y - b.y);
  }
  return [];
}

/** Candidates grouped into columns, left to right: each within `reach` of its first member. */
function columnsOf(candidates: LaneLabel[], reach: number): LaneLabel[][] {
  const columns: LaneLabel[][] = [];
  for (const candidate of [...candidates].sort((a, b) => a.x - b.x)) {
    const column = columns[columns.length - 1];
    const first = column?.[0];
    if (column && first && candidate.x - first.x <= Math.max(reach, first.width / 2)) {
      column.push(candidate);
    } else {
      columns.push([candidate]);
    }
  }
  return columns;
}
