import type { BoardItem } from "../board/board-item";
import type { Platform } from "../colour/named-colour";
import { DEFAULT_LEGEND } from "../legend/default-legend";
import { type Legend, type LegendEntry, meaningLookup } from "../legend/legend";
import {
  JOURNEY_SCHEMA_VERSION,
  type Journey,
  type Lane,
  type Placement,
  type Unplaced,
} from "../model/journey";
import { LANE_KINDS } from "../model/lane-kind";
import { EMPTY_HEADER } from "../model/workshop-header";
import { type BoardLegend, readBoardLegend } from "./board-legend";
import { type BoardParts, boardParts } from "./board-parts";
import { chooseTemplate } from "./choose-template";
import { type Grid, type LaneSource, type StageSource, stagesByContainer } from "./grid";
import { readCardsAsActions } from "./legend-cards";
import { parkingAreas } from "./parking-areas";
import { placeNote } from "./place-note";
import { readGrid } from "./read-grid";
import { readWorkshopHeader } from "./read-workshop-header";
import type { Structure } from "./structure";
import { templateGrids } from "./template-grid";
import { NoteGrid } from "./votes-note-grid";
import { readVotes } from "./votes-read";

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
  const notesByPlace = placedNotes(parts);
  const ownLegend = readBoardLegend(parts, options.platform, notesByPlace);
  for (const [id, reason] of ownLegend?.itemIds ?? [])
    structure.set(id, { reason, role: "legend" });
  readVotes(parts, structure, notesByPlace);
  const boardLegend =
    ownLegend ?? (options.board && legendElsewhere(options.board, options.platform));
  const legend =
    options.legend ?? (boardLegend ? mergedLegend(boardLegend.entries) : DEFAULT_LEGEND);
  const legendSource = options.legend ? "user" : boardLegend ? "board" : "default";
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
    reason: "the board file gives it no position, so it cannot be placed",
    cause: { where: "no-position" },
  }));
  for (const note of parts.notes) {
    const role = structure.get(note.id);
    if (role !== undefined) {
      unplaced.push({ noteId: note.id, ...role });
      continue;
    }
    const placed = placeNote(note, grid, meaningOfColour);
    if ("reason" in placed) unplaced.push(placed);
    else placements.push(placed);
  }

  const title = template?.title ?? options.title ?? enclosingFrameTitle(parts);
  const headerText = template?.headerText ?? null;
  const header = (headerText !== null ? readWorkshopHeader(headerText, title) : null) ??
    firstHeaderOnBoard(
      [...parts.labels, ...parts.appItems, ...(headerNote ? [headerNote] : [])],
      title,
    ) ?? { ...EMPTY_HEADER, title };

  return {
    journey: {
      schemaVersion: JOURNEY_SCHEMA_VERSION,
      header,
      stages: grid.stages.map((s) => ({ title: s.title, band: s.band })),
      lanes: lanesOf(grid, placements),
      notes: [...parts.notes, ...parts.positionless],
      placements,
      unplaced,
    },
    stageSource: grid.stageSource,
    laneSource: grid.laneSource,
    legendSource,
    legend,
  };
}

/** The notes by where they lie, made the first time a legend or a vote asks for them. */
function placedNotes(parts: BoardParts): () => NoteGrid {
  let grid: NoteGrid | null = null;
  return () => {
    grid ??= new NoteGrid(parts.notes, parts.noteWidth, parts.noteHeight);
    return grid;
  };
}

/** The legend drawn elsewhere on the whole board. */
function legendElsewhere(board: readonly BoardItem[], platform: Platform): BoardLegend | null {
  const parts = boardParts(board, platform);
  return readBoardLegend(parts, platform, placedNotes(parts));
}

/** The board's own legend over the default: colours it names take its meaning. */
function mergedLegend(entries: readonly LegendEntry[]): Legend {
  const named = new Set(entries.map((e) => e.colour));
  return {
    schemaVersion: 1,
    name: "Board",
    entries: [...entries, ...DEFAULT_LEGEND.entries.filter((e) => !named.has(e.colour))],
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

/** The title of a frame around all the notes: the journey's own frame. */
function enclosingFrameTitle(parts: BoardParts): string | null {
  if (parts.notes.length === 0) return null;
  const frame = parts.frames.find((f) =>
    parts.notes.every(
      (n) => Math.abs(n.x - f.x) <= f.width / 2 && Math.abs(n.y - f.y) <= f.height / 2,
    ),
  );
  return frame?.text.trim() || null;
}

function firstHeaderOnBoard(items: readonly { text: string }[], title: string | null) {
  for (const item of items) {
    const header = item.text.includes("\n") ? readWorkshopHeader(item.text, title) : null;
    if (header) return header;
  }
  return null;
}
