import type { LaneKind } from "../model/lane-kind";
import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";
import type { GridRow, GridStage, LaneSource } from "./grid";
import type { LaneLabel } from "./lane-labels";
import { NoteSpread } from "./note-spread";
import { rowsFromDrawing } from "./rows-from-drawing";
import { rowsFromLabels } from "./rows-from-labels";
import { notesByHeight } from "./rows-notes";
import { rowsFromFrames } from "./stages-from-frames";

/** The rows of a board without the app's template, and where they were read from. */
export interface RowsRead {
  laneSource: LaneSource;
  rows: GridRow[];
}

/**
 * Rows from frames titled as lanes; else from what the board draws (the notes' clusters, rules,
 * row shapes) named by the labels beside them and, where none is, by their notes' colours; else
 * from a column of lane labels; none (lanes from colour) where the board has none of these.
 * `top` is where the stage titles end.
 */
export function readRows(
  parts: BoardParts,
  labels: readonly LaneLabel[],
  stages: readonly GridStage[],
  content: readonly Note[],
  taken: ReadonlySet<string>,
  top: number,
  colourLane: (note: Note) => LaneKind | null,
): RowsRead {
  const left = stages[0]?.band.start ?? 0;
  const right = stages[stages.length - 1]?.band.end ?? 0;
  const stageFrames = stages.flatMap((s) => (s.containerId ? [s.containerId] : []));
  const frames = rowsFromFrames(parts.frames, new Set([...taken, ...stageFrames]));
  if (frames.length > 0) return { laneSource: "frames", rows: frames };
  const inStages = content.filter((n) => n.x >= left && n.x <= right && n.y >= top);
  // Sorted once for every reading of the rows: along y by middle halves, and by middles.
  const spread = NoteSpread.of(inStages, "y");
  const sorted = notesByHeight(inStages, colourLane);
  const drawn = rowsFromDrawing({
    spread,
    sorted,
    labels,
    drawn: [...parts.bareShapes, ...parts.labels.filter((item) => item.kind === "shape")],
    connectors: parts.connectors,
    across: { start: left, end: right },
    stages: stages.map((stage) => stage.band),
    noteWidth: parts.noteWidth,
    noteHeight: parts.noteHeight,
  });
  if (drawn) return { laneSource: "labels", rows: drawn };
  // One label names one row; only labels of two lanes or more can share the rows between them.
  if (new Set(labels.map((label) => label.kind)).size >= 2) {
    const rows = rowsFromLabels(labels, spread, sorted, parts.noteHeight, top);
    if (rows.length > 0) return { laneSource: "labels", rows };
  }
  return { laneSource: "colour", rows: [] };
}
