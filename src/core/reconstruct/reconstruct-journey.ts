import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import { type Legend, meaningLookup } from "../legend/legend";
import {
  JOURNEY_SCHEMA_VERSION,
  type Journey,
  type Lane,
  type Placement,
  type Unplaced,
} from "../model/journey";
import { LANE_KINDS } from "../model/lane-kind";
import type { Note } from "../model/note";
import { readBoardLegend } from "./board-legend";
import { boardParts } from "./board-parts";
import { chooseTemplate } from "./choose-template";
import { type Grid, type LaneSource, type StageSource, stagesByContainer } from "./grid";
import { journeyHeader } from "./journey-header";
import { journeyLegend, notesByPlaceOf } from "./journey-legend";
import { readCardsAsActions } from "./legend-cards";
import { linkNotes } from "./note-links";
import { parkingAreas } from "./parking-areas";
import { placeNote } from "./place-note";
import { readGrid } from "./read-grid";
import { readWorkshopHeader } from "./read-workshop-header";
import type { Structure } from "./structure";
import { templateGrids } from "./template-grid";
import { readVotes } from "./votes-read";

/** What a reading is given besides the items: the platform, and what the user or board adds. */
export interface ReconstructOptions {
  platform: Platform;
  /** A legend chosen by the user; it wins over the board's own and the default. */
  legend?: Legend;
  /**
   * The whole board, when `items` are part of it (a selection, one frame): the legend it draws
   * is used when the part draws none of its own, so a note means the same in a part as on it.
   */
  board?: readonly BoardItem[];
  /** A title to fall back on, such as the file's name. */
  title?: string | null;
}

/** A journey read from a board, and how it was read. */
export interface Reconstruction {
  journey: Journey;
  stageSource: StageSource;
  laneSource: LaneSource;
  legendSource: "user" | "board" | "default";
  /** The legend the notes were read by: the user's, the board's over the default, or the default. */
  legend: Legend;
}

/**
 * Reads a board into a journey. Stages come, in order of trust, from the app's template, from
 * frames or sections standing side by side, from a header row, or from the gaps between the
 * notes; lanes from the template, from frames or lane labels, or else from colour through the
 * legend. Every sticky note the app did not make ends up in `placements` or in `unplaced`.
 */
export function reconstructJourney(
  items: readonly BoardItem[],
  options: ReconstructOptions,
): Reconstruction {
  const parts = boardParts(items, options.platform);
  const structure: Structure = new Map();
  const notesByPlace = notesByPlaceOf(parts);
  const ownLegend = readBoardLegend(parts, options.platform, notesByPlace);
  for (const [id, reason] of ownLegend?.itemIds ?? [])
    structure.set(id, { reason, role: "legend" });
  readVotes(parts, structure, notesByPlace);
  const { legend, legendSource } = journeyLegend(ownLegend, options);
  readCardsAsActions(parts, legend, options.platform);

  const headerNote = parts.notes.find(
    (n) => !structure.has(n.id) && n.text.includes("\n") && readWorkshopHeader(n.text, null),
  );
  if (headerNote) {
    structure.set(headerNote.id, { reason: "the workshop's header", role: "workshop-header" });
  }
  const meaningOfColour = meaningLookup(legend);
  const template = chooseTemplate(templateGrids(parts.appItems), parts.notes);
  const grid: Grid = template
    ? {
        stageSource: "template",
        stages: template.stages,
        laneSource: "template",
        rows: template.rows,
        top: Number.NEGATIVE_INFINITY,
        bottom: Number.POSITIVE_INFINITY,
        parked: parkingAreas(parts),
      }
    : readGrid(parts, legend, structure);

  grid.stagesByContainer = stagesByContainer(grid.stages);
  const placements: Placement[] = [];
  const unplaced: Unplaced[] = parts.positionless.map((note) => ({
    noteId: note.id,
    reason:
      "the board file gives it no place on the board (none, or one beyond any board), so it cannot be placed",
    cause: { where: "no-position" },
  }));
  for (let i = 0; i < parts.notes.length; i++) {
    const note = parts.notes[i] as Note;
    const role = structure.get(note.id);
    if (role !== undefined) {
      unplaced.push({ noteId: note.id, ...role });
      continue;
    }
    const placed = placeNote(note, grid, meaningOfColour);
    if ("reason" in placed) unplaced.push(placed);
    else placements.push(placed);
  }

  const header = journeyHeader(parts, template, options.title, headerNote);

  return {
    journey: {
      schemaVersion: JOURNEY_SCHEMA_VERSION,
      header,
      stages: grid.stages.map((s) => ({ title: s.title, band: s.band })),
      lanes: lanesOf(grid, placements),
      // Connectors may lie outside the part of the board read: the whole board holds them.
      notes: linkNotes([...parts.notes, ...parts.positionless], options.board ?? items),
      placements,
      unplaced,
    },
    stageSource: grid.stageSource,
    laneSource: grid.laneSource,
    legendSource,
    legend,
  };
}

function lanesOf(grid: Grid, placements: readonly Placement[]): Lane[] {
  if (grid.rows.length > 0)
    return grid.rows.map((r) => ({ kind: r.kind, title: r.title, band: r.band }));
  const used = new Set(placements.map((p) => p.lane));
  return LANE_KINDS.filter((kind) => used.has(kind)).map((kind) => ({
    kind,
    title: null,
    band: null,
  }));
}
