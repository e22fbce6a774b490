import { recogniseLane } from "../lexicon/recognise-lane";
import type { Band } from "../model/band";
import type { LaneKind } from "../model/lane-kind";
import { encloses } from "./encloses";
import type { Placed } from "./note-spread";

/** A row's shape runs behind at least this share of the stages. */
const MIN_SPAN_SHARE = 0.5;
/** A row's shape is at least this many note heights deep: thinner, it is a rule. */
const MIN_DEPTH = 0.6;
/** A shape deeper than this share of the notes' height is a background to the journey. */
const MAX_DEPTH_SHARE = 0.6;
const MIN_TITLE_CONFIDENCE = 0.6;

/** A shape that may be drawn behind a row of notes. */
export interface ShapeCandidate extends Placed {
  id: string;
  text: string;
}

/** A row drawn as a shape behind its notes, named where the shape's words name a lane. */
export interface RowShape {
  id: string;
  band: Band;
  kind: LaneKind | null;
  title: string | null;
  confidence: number;
}

/**
 * Rows drawn as wide shapes behind the notes, as Miro's and FigJam's templates draw them: shapes
 * running behind most of the stages, deeper than a rule and shallower than the journey. A shape
 * around other such shapes is the journey's background, not a row. A shape's own words ("Pain
 * points" written inside it) name its row. Sorted top to bottom.
 */
export function rowsFromShapes(
  shapes: readonly ShapeCandidate[],
  across: Band,
  notesDepth: number,
  noteHeight: number,
): RowShape[] {
  const minWidth = MIN_SPAN_SHARE * (across.end - across.start);
  const candidates = shapes.filter((shape) => {
    const left = Math.max(shape.x - shape.width / 2, across.start);
    const right = Math.min(shape.x + shape.width / 2, across.end);
    return (
      right - left >= minWidth &&
      shape.height >= MIN_DEPTH * noteHeight &&
      shape.height <= Math.max(MAX_DEPTH_SHARE * notesDepth, MIN_DEPTH * noteHeight) &&
      shape.width > shape.height
    );
  });
  const rows = candidates
    .filter((outer) => !candidates.some((inner) => inner !== outer && encloses(outer, inner)))
    .map((shape): RowShape => {
      const firstLine = shape.text.trim().split("\n")[0] ?? "";
      const lane = firstLine === "" ? null : recogniseLane(firstLine);
      const named = lane !== null && lane.confidence >= MIN_TITLE_CONFIDENCE;
      return {
        id: shape.id,
        band: { start: shape.y - shape.height / 2, end: shape.y + shape.height / 2 },
        kind: named ? lane.kind : null,
        title: named ? firstLine : null,
        confidence: named ? lane.confidence : 0,
      };
    });
  return rows.sort((a, b) => a.band.start - b.band.start);
}
