import type { Legend } from "../legend/legend";
import { meaningLookup } from "../legend/legend";
import type { Note } from "../model/note";
import type { BoardParts } from "./board-parts";
import type { Grid } from "./grid";
import { findLaneLabels, type LaneLabel } from "./lane-labels";
import { parkingAreas } from "./parking-areas";
import { readRows } from "./read-rows";
import { readStages } from "./read-stages";
import { stageTitleNotes } from "./stage-titles-from-notes";
import type { Structure } from "./structure";
import { readTableGrid } from "./table-grid";

/** Rows are this many note heights deep at most beyond their last label's band. */
const ROW_SLACK = 0.5;

/**
 * Stages and rows of a board without the app's template: from a table or a grid of shapes where
 * the journey is drawn in one, else stages and rows each read on their own. What is read as
 * structure (labels, headers) is added to `structure`.
 */
export function readGrid(parts: BoardParts, legend: Legend, structure: Structure): Grid {
  const lookUp = meaningLookup(legend);
  const meaning = (note: Note) => lookUp(note.colour);
  // A table (or a grid of shapes) is the grid itself: its cells say the stages and the rows.
  const table = readTableGrid(
    parts,
    parts.notes.filter((n) => !structure.has(n.id)),
    structure,
  );
  const colourLane = (note: Note) => {
    const lane = meaning(note);
    return lane && lane !== "none" && lane !== "stage-header" ? lane : null;
  };
  // Lane labels first: a column of dark-blue label notes is labels, not stage headers.
  const findLabels = () => findLaneLabels(parts, new Set(structure.keys()));
  const takeLabels = (found: LaneLabel[]) => {
    for (const label of found) {
      structure.set(label.id, { reason: `lane label “${label.title}”`, role: "lane-label" });
    }
    return found;
  };
  if (table) {
    // A table with no label column may still have its lane labels beside it.
    const left = table.stages[0]?.band.start ?? Number.NEGATIVE_INFINITY;
    const besideTable = (l: LaneLabel) =>
      l.x + l.width / 2 <= left && l.y >= table.top && l.y <= table.bottom;
    // A label or two of the persona card beside it are no lane labels of the table's rows.
    const near = table.rows.length > 0 ? [] : findLabels().filter(besideTable);
    const outside = near.length < 2 ? [] : takeLabels(near);
    const content = parts.notes.filter((n) => !structure.has(n.id));
    const beside =
      outside.length > 0
        ? readRows(
            parts,
            outside,
            table.stages,
            content,
            new Set(structure.keys()),
            table.top,
            colourLane,
          )
        : { laneSource: "colour" as const, rows: [] };
    const rows = table.rows.length > 0 ? table.rows : beside.rows;
    return {
      stageSource: "header-row",
      stages: table.stages,
      laneSource: table.rows.length > 0 ? "labels" : beside.laneSource,
      rows,
      top: table.top,
      bottom: table.bottom,
      parked: parkingAreas(parts),
    };
  }
  const labels = takeLabels(findLabels());
  const notes = parts.notes.filter((n) => !structure.has(n.id) && meaning(n) !== "stage-header");
  // Wide stickies or stickies of a colour of their own across the top are titles, not steps.
  const titles = new Set(
    stageTitleNotes(notes, parts.noteWidth, parts.noteHeight, colourLane, labels, parts.labels),
  );
  const headerNotes = parts.notes.filter(
    (n) => titles.has(n) || (!structure.has(n.id) && meaning(n) === "stage-header"),
  );
  const content = titles.size > 0 ? notes.filter((n) => !titles.has(n)) : notes;
  const taken = new Set(structure.keys());
  const { stageSource, stages, top } = readStages(
    parts,
    labels,
    headerNotes,
    content,
    structure,
    (n) => meaning(n) === "question",
  );
  const { laneSource, rows } = readRows(parts, labels, stages, content, taken, top, colourLane);
  const slack = ROW_SLACK * parts.noteHeight;
  return {
    stageSource,
    stages,
    laneSource,
    rows,
    top: rows.length > 0 ? Math.max(top, (rows[0]?.band.start ?? 0) - slack) : top,
    bottom:
      rows.length > 0 ? (rows[rows.length - 1]?.band.end ?? 0) + slack : Number.POSITIVE_INFINITY,
    parked: parkingAreas(parts),
  };
}
