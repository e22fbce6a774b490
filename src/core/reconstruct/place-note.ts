import type { LegendMeaning } from "../legend/legend";
import type { Band } from "../model/band";
import type { Placement, Unplaced, UnplacedCause } from "../model/journey";
import type { LaneKind } from "../model/lane-kind";
import type { Note } from "../model/note";
import { findBand, type Grid, type LaneSource, type StageSource } from "./grid";
import { inAnyArea } from "./parking-areas";

/** How far each source of stages is trusted. */
const STAGE_TRUST: Record<StageSource, number> = {
  template: 1,
  frames: 0.98,
  "header-row": 0.95,
  gaps: 0.9,
  none: 0,
};
/** How far each source of rows is trusted. */
const ROW_TRUST: Record<Exclude<LaneSource, "colour">, number> = {
  template: 1,
  frames: 0.98,
  labels: 0.97,
};
const COLOUR_TRUST = 0.9;
/** A lane read from colour where the note has no stage, as in a parking lot. */
const OUTSIDE_TRUST = 0.9;
/** A placement with a stage but no lane is half an answer. */
const NO_LANE_TRUST = 0.5;

/** Where one note belongs on the grid, or why it belongs nowhere. */
export function placeNote(
  note: Note,
  grid: Grid,
  meaningOf: (colour: Note["colour"]) => LegendMeaning | undefined,
): Placement | Unplaced {
  const meaning = meaningOf(note.colour);
  const colourLane = meaning && meaning !== "none" && meaning !== "stage-header" ? meaning : null;
  const index = stageOf(note, grid);
  const stage = index < 0 ? undefined : grid.stages[index];

  if (stage === undefined) {
    if (colourLane === null) return unplaced(note, grid, meaning);
    return placement(note, null, colourLane, OUTSIDE_TRUST * colourTrust(note));
  }
  const stageTrust = STAGE_TRUST[grid.stageSource] * edgeTrust(note.x, stage.band, note.width);
  const row = grid.laneSource === "colour" ? -1 : findBand(grid.rows, note.y);
  const rowLane = grid.rows[row];
  if (rowLane && grid.laneSource !== "colour") {
    if (grid.stageSource === "template" && grid.laneSource === "template") {
      return placement(note, index, rowLane.kind, 1);
    }
    const ownTrust = rowLane.trust ?? 1;
    if (rowLane.byColour) {
      if (colourLane === null) return placement(note, index, null, stageTrust * NO_LANE_TRUST);
      const trust = stageTrust * COLOUR_TRUST * colourTrust(note) * ownTrust;
      return placement(note, index, colourLane, trust);
    }
    const agreement = colourLane === null ? 0.95 : colourLane === rowLane.kind ? 1 : 0.9;
    const rowTrust = ROW_TRUST[grid.laneSource] * edgeTrust(note.y, rowLane.band, note.height);
    return placement(note, index, rowLane.kind, stageTrust * rowTrust * agreement * ownTrust);
  }
  if (colourLane === null) return placement(note, index, null, stageTrust * NO_LANE_TRUST);
  return placement(note, index, colourLane, stageTrust * COLOUR_TRUST * colourTrust(note));
}

function placement(
  note: Note,
  stage: number | null,
  lane: LaneKind | null,
  confidence: number,
): Placement {
  return { noteId: note.id, stage, lane, confidence: Math.round(confidence * 1000) / 1000 };
}

/** The index of the note's stage, or -1 when it lies outside every stage. */
function stageOf(note: Note, grid: Grid): number {
  if (note.y < grid.top || note.y > grid.bottom) return -1;
  if (inAnyArea(grid.parked, note.x, note.y)) return -1;
  const inContainer =
    note.parentId === null || !grid.stagesByContainer
      ? -1
      : (grid.stagesByContainer.get(note.parentId) ?? -1);
  return inContainer >= 0 ? inContainer : findBand(grid.stages, note.x);
}

/** 1 for a note well inside its band, less as its centre nears the edge it straddles. */
function edgeTrust(at: number, band: Band, size: number): number {
  const half = size / 2;
  if (half <= 0) return 1;
  const inside = Math.min(at - band.start, band.end - at);
  return inside >= half ? 1 : 0.75 + (0.25 * Math.max(0, inside)) / half;
}

/** 1 for a named colour or a near fill; less for a custom fill far from every named colour. */
function colourTrust(note: Note): number {
  const distance = note.colourDistance;
  return distance <= 5 ? 1 : Math.max(0.5, 1 - (distance - 5) / 40);
}

function unplaced(note: Note, grid: Grid, meaning: LegendMeaning | undefined): Unplaced {
  const cause: UnplacedCause = {
    where: grid.stages.length === 0 ? "no-stages" : "outside-stages",
    colour:
      note.colour === null
        ? "no-fill"
        : meaning === "stage-header"
          ? "stage-header"
          : meaning === "none"
            ? "no-meaning"
            : "no-lane",
  };
  const where =
    cause.where === "no-stages"
      ? "the board has no stages to place it in"
      : "it lies outside every stage";
  const colour = {
    "no-fill": "it has no fill colour to read a lane from",
    "stage-header": `its colour (${note.colour}) marks stage headers`,
    "no-meaning": `its colour (${note.colour}) means nothing in the legend`,
    "no-lane": `its colour (${note.colour}) names no lane in the legend`,
  }[cause.colour ?? "no-lane"];
  return { noteId: note.id, reason: `${where}, and ${colour}`, cause };
}
