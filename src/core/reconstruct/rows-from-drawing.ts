import type { Band } from "../model/band";
import type { LaneKind } from "../model/lane-kind";
import { MIDDLE, OUTSIDE_DISTANCE } from "./bands-from-anchors";
import type { GridRow } from "./grid";
import type { LaneLabel } from "./lane-labels";
import type { NoteSpread } from "./note-spread";
import { rowsDrawn } from "./rows-drawn";
import { rowsFromClusters, withoutStrays } from "./rows-from-clusters";
import { laneFromColours } from "./rows-from-colour";
import { type RuleCandidate, rowsFromRules } from "./rows-from-rules";
import { rowsFromShapes, type ShapeCandidate } from "./rows-from-shapes";
import { mergedAlike } from "./rows-merged";
import { type NamedRow, nameRows } from "./rows-named";
import { laneCounts, type NotesByHeight, notesWithin } from "./rows-notes";
import { spillsOnly, stagesAmong } from "./rows-spill";
import { splitByColour } from "./rows-split-by-colour";

/** A labelled row found from the notes' clusters is a little less sure than a template's. */
export const LABELLED_ROW_TRUST = 0.95;
/** A row named by its notes' colours, not by words, less again. */
export const COLOUR_ROW_TRUST = 0.85;

/** What the rows of a partly labelled board are read from. */
export interface RowDrawing {
  /** The notes within the stages, below the stage titles: their spread along y, and sorted. */
  spread: NoteSpread;
  sorted: NotesByHeight;
  labels: readonly LaneLabel[];
  /** Text-less shapes and lines (rules, row backgrounds) and shapes with words. */
  drawn: readonly (RuleCandidate & ShapeCandidate)[];
  /** Connectors: only ever rules, never a row's shape. */
  connectors?: readonly RuleCandidate[];
  /** The stages' extent, left to right, and each stage's. */
  across: Band;
  stages: readonly Band[];
  noteWidth: number;
  noteHeight: number;
}

/**
 * Rows of a board where only some rows are labelled: rows come from the notes' own clusters,
 * parted by drawn rules and joined by row shapes; each label names the row beside it, and a row
 * no label names takes the lane most of its notes' colours name (a row whose colours say nothing
 * leaves each note its own colour's lane). One label never stretches over its unlabelled
 * neighbours. Null where this reading adds nothing to the label column's: no rule or shape is
 * drawn, labels of two kinds or more stand beside the rows, and every unlabelled row's colours
 * agree with a labelled neighbour (a label's row only spilling over); or where the board shows
 * fewer than two rows, or nothing names any.
 */
export function rowsFromDrawing(input: RowDrawing): GridRow[] | null {
  const { spread, sorted, labels, noteHeight } = input;
  if (spread.count === 0) return null;
  const clusters = rowsFromClusters(spread, noteHeight);
  const first = clusters[0] as Band;
  const last = clusters[clusters.length - 1] as Band;
  const depth = last.end - first.start;
  const near = (band: Band) =>
    band.end >= first.start - noteHeight && band.start <= last.end + noteHeight;
  const lines = [...input.drawn, ...(input.connectors ?? [])];
  const rules = rowsFromRules(lines, input.across, input.noteWidth, noteHeight).filter((y) =>
    near({ start: y, end: y }),
  );
  const shapes = rowsFromShapes(input.drawn, input.across, depth, noteHeight).filter((s) =>
    near(s.band),
  );
  const anchored = (band: Band) =>
    labels.some((l) => l.y >= band.start && l.y <= band.end) ||
    shapes.some((s) => s.band.start < band.end && s.band.end > band.start);
  const kept = withoutStrays(clusters, anchored, OUTSIDE_DISTANCE * noteHeight);
  const gaps = spread.gaps(MIDDLE);
  const drawn = splitByColour(rowsDrawn(kept, rules, shapes, noteHeight), sorted, gaps);
  const named = nameRows(drawn, labels, gaps, noteHeight);
  if (named.length < 2 || !named.some((row) => row.kind !== null)) return null;

  const ranges = named.map((row) => notesWithin(sorted, row.band));
  const counts = ranges.map(({ from, to }, i) =>
    named[i]?.kind === null ? laneCounts(sorted, from, to) : new Map<LaneKind, number>(),
  );
  const byColour = named.map((row, i) => {
    const range = ranges[i] as { from: number; to: number };
    return row.kind === null
      ? laneFromColours(counts[i] as Map<LaneKind, number>, range.to - range.from)
      : null;
  });
  const drawnOnly = rules.length === 0 && shapes.length === 0;
  if (drawnOnly && new Set(labels.map((l) => l.kind)).size >= 2) {
    const stagesIn = (i: number) => {
      const range = ranges[i] as { from: number; to: number };
      return stagesAmong(sorted, range.from, range.to, input.stages);
    };
    const colourKinds = byColour.map((c) => c?.kind ?? null);
    if (spillsOnly(named, colourKinds, stagesIn, input.stages.length)) return null;
  }
  const rows = named.flatMap((row, i): GridRow[] => {
    if (row.kind !== null) {
      return [{ kind: row.kind, title: row.title, band: row.band, trust: LABELLED_ROW_TRUST }];
    }
    const colour = byColour[i];
    if (colour)
      return [{ kind: colour.kind, title: null, band: row.band, trust: COLOUR_ROW_TRUST }];
    const plurality = [...(counts[i] ?? new Map<LaneKind, number>())].sort(
      (a, b) => b[1] - a[1],
    )[0];
    const kind = plurality?.[0] ?? nearestKind(named, i);
    return kind
      ? [{ kind, title: null, band: row.band, trust: COLOUR_ROW_TRUST, byColour: true }]
      : [];
  });
  return mergedAlike(rows);
}

/** The kind of the nearest row that has one, for a row with nothing else to go by. */
function nearestKind(rows: readonly NamedRow[], index: number): LaneKind | null {
  for (let step = 1; step < rows.length; step++) {
    const kind = rows[index - step]?.kind ?? rows[index + step]?.kind;
    if (kind) return kind;
  }
  return null;
}
