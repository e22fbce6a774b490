import type { Legend } from "../../core/legend/legend";
import type { Language } from "../../core/lexicon/lane-words";
import type { Journey } from "../../core/model/journey";
import { LANE_KINDS, type LaneKind } from "../../core/model/lane-kind";
import type { Reconstruction } from "../../core/reconstruct/reconstruct-journey";
import { journeyLanguage } from "../../core/summary/journey-language";
import { summarizeJourney } from "../../core/summary/summarize-journey";
import { type UnplacedReason, unplacedReason } from "./unplaced-reason";

/** Below this a placement is shown as one to check. */
export const UNCERTAIN_BELOW = 0.7;

/** Where the legend in use came from: saved for this board, drawn on it, or the default. */
export type LegendSource = "saved" | "board" | "default";

/** One row of the stages-by-lanes table: a lane and its note counts per stage. */
export interface PreviewRow {
  /** Null for notes that have a stage but no lane. */
  kind: LaneKind | null;
  /** The lane's title on the board, where it has one. */
  title: string | null;
  counts: number[];
  /** How many of each stage's notes are placed with low confidence. */
  uncertain: number[];
}

/** A note that could not be placed, with its text and why. */
export interface UnplacedNote {
  noteId: string;
  text: string;
  reason: UnplacedReason;
}

/** What the panel shows of an analysis, with the journey kept for writing back and export. */
export interface AnalysisPreview {
  journey: Journey;
  legend: Legend;
  legendSource: LegendSource;
  /** The language the board is written in, for what the panel writes onto it. */
  boardLanguage: Language;
  stages: (string | null)[];
  rows: PreviewRow[];
  placed: number;
  /** Notes read into a lane but outside every stage (a parking lot, a side area). */
  outsideStages: number;
  uncertain: number;
  unplaced: UnplacedNote[];
  /** Stage headers, lane labels, legend chips and the workshop header: read as structure. */
  structure: number;
  hotspot: number | null;
  /** The summary's headline, in the panel's language. */
  headline: string;
  /** The feeling score per stage, −2..+2, or null where the board says nothing. */
  feelings: (number | null)[];
}

/** Turns a reconstruction into the panel's preview; `language` is the panel's. */
export function analysisPreview(
  read: Reconstruction,
  savedLegend: boolean,
  language: Language,
): AnalysisPreview {
  const { journey } = read;
  const summary = summarizeJourney(journey, language);
  const kinds: (LaneKind | null)[] = journey.lanes.map((lane) => lane.kind);
  for (const kind of LANE_KINDS) {
    const used = journey.placements.some((p) => p.stage !== null && p.lane === kind);
    if (used && !kinds.includes(kind)) kinds.push(kind);
  }
  if (journey.placements.some((p) => p.stage !== null && p.lane === null)) kinds.push(null);
  const rows: PreviewRow[] = kinds.map((kind) => ({
    kind,
    title: journey.lanes.find((lane) => lane.kind === kind)?.title ?? null,
    counts: journey.stages.map(() => 0),
    uncertain: journey.stages.map(() => 0),
  }));
  for (const p of journey.placements) {
    const row = rows[kinds.indexOf(p.lane)];
    if (p.stage === null || row === undefined) continue;
    row.counts[p.stage] = (row.counts[p.stage] ?? 0) + 1;
    if (p.confidence < UNCERTAIN_BELOW) row.uncertain[p.stage] = (row.uncertain[p.stage] ?? 0) + 1;
  }

  const notes = new Map(journey.notes.map((note) => [note.id, note]));
  const problems = journey.unplaced.filter((u) => u.role === undefined);
  return {
    journey,
    legend: read.legend,
    legendSource: savedLegend ? "saved" : read.legendSource === "board" ? "board" : "default",
    boardLanguage: journeyLanguage(journey),
    stages: journey.stages.map((stage) => stage.title),
    rows,
    placed: journey.placements.length,
    outsideStages: journey.placements.filter((p) => p.stage === null).length,
    uncertain: journey.placements.filter((p) => p.confidence < UNCERTAIN_BELOW).length,
    unplaced: problems.map((u) => ({
      noteId: u.noteId,
      text: notes.get(u.noteId)?.text.trim() ?? "",
      reason: unplacedReason(u, notes.get(u.noteId)),
    })),
    structure: journey.unplaced.length - problems.length,
    hotspot: summary.hotspot,
    headline: summary.headline,
    feelings: summary.stages.map((stage) => stage.emotion.score),
  };
}
