import type { FIGJAM_COLOUR_NAMES, MIRO_COLOUR_NAMES } from "../../core/colour/named-colour";
import type { ExportTarget } from "../../core/export/export-journey";
import type { LaneKind } from "../../core/model/lane-kind";
import type { LegendSource } from "../session/analysis-preview";
import type { WriteBackPart } from "../session/board-tasks";
import type { PanelErrorKind } from "../session/panel-error";
import type { TabId, TaskKind } from "../session/panel-state";
import type { ColourClause } from "../session/unplaced-reason";

/** A sticky colour's own name on either platform (`light_yellow`, `teal`...). */
export type ColourName = (typeof MIRO_COLOUR_NAMES)[number] | (typeof FIGJAM_COLOUR_NAMES)[number];

/**
 * Every word the panel shows, in one shape: en, sv and da each fill all of it, so a missing
 * key is a type error. Counts and names come in as arguments, never glued on by the caller.
 */
export interface PanelWords {
  panel: { language: string; tasks: string };
  tabs: Record<TabId, string>;
  start: {
    heading: string;
    intro: string;
    title: string;
    goal: string;
    scopeStart: string;
    scopeEnd: string;
    persona: string;
    participants: string;
    participantsHint: string;
    stages: string;
    stagesHint: string;
    lanes: string;
    lanesFromPreset: string;
    lanesOwn: string;
    preset: string;
    ownLanesHint: string;
    templateLanguage: string;
    place: string;
    fixFields: string;
  };
  problems: {
    tooLong: (max: number) => string;
    noStages: string;
    tooManyStages: (count: number, max: number) => string;
    stageTooLong: (stage: number, max: number) => string;
    tooManyParticipants: (count: number, max: number) => string;
    participantTooLong: (name: string, max: number) => string;
    noLanes: string;
  };
  analyse: {
    heading: string;
    scope: string;
    scopeBoard: string;
    scopeSelection: string;
    selected: (count: number) => string;
    scopeFrame: string;
    frame: string;
    noFrames: string;
    untitledFrame: (position: number) => string;
    /** The choice of journey, shown only when what was read holds more than one. */
    journey: string;
    untitledJourney: (position: number) => string;
    /** Said in the preview when what was read holds `count` journeys (two or more). */
    journeys: (count: number) => string;
    run: string;
    runAgain: string;
    stale: string;
    result: (notes: number, stages: number) => string;
    empty: string;
    tableCaption: string;
    lane: string;
    noLane: string;
    stage: (index: number) => string;
    uncertainCell: (count: number) => string;
    uncertain: (count: number) => string;
    outsideStages: (count: number) => string;
    hotspot: string;
    feelings: string;
    /** The five feeling steps, from very negative (−2) to very positive (+2). */
    feelingSteps: readonly [string, string, string, string, string];
    feelingUnknown: string;
    unplaced: (count: number) => string;
    noneUnplaced: string;
    structure: (count: number) => string;
    showNote: string;
    emptyNote: string;
    noPosition: string;
    where: { "no-stages": string; outside: string };
    clause: (clause: ColourClause, colour: string) => string;
    writeLanguage: string;
    writeHeading: string;
    parts: Record<WriteBackPart, string>;
  };
  legend: {
    heading: string;
    source: Record<LegendSource, string>;
    help: string;
    meaningOf: (colour: string) => string;
    brokenSaved: string;
  };
  exporting: {
    heading: string;
    needsAnalysis: string;
    analyseNow: string;
    target: string;
    targets: Record<ExportTarget, { label: string; description: string }>;
    preview: string;
    moreLines: (count: number) => string;
    empty: string;
    download: string;
    copy: string;
  };
  task: {
    running: Record<TaskKind, string>;
    progress: (done: number, total: number) => string;
    cancel: string;
  };
  report: {
    templatePlaced: (items: number) => string;
    /** Placing the same template again made nothing new: it was already there. */
    templateAlreadyThere: string;
    written: Record<WriteBackPart, (stages: number) => string>;
    changes: (created: number, updated: number, removed: number) => string;
    nothingToChange: string;
    analysed: (placed: number, unplaced: number) => string;
    stopped: string;
    legendSaved: (colour: string, meaning: string) => string;
    copied: string;
    copyRefused: string;
    downloaded: (fileName: string) => string;
  };
  errors: Record<Exclude<PanelErrorKind, "unknown" | "incomplete-write">, string> & {
    /** `message` is the error's own first line without its closing full stop, or "". */
    unknown: (message: string) => string;
    /**
     * The board stopped taking a write: `done` of its `total` changes were made, and `unmarked`
     * items it made are left without the app's mark (the board would not remove them either).
     */
    "incomplete-write": (done: number, total: number, unmarked: number) => string;
  };
  lanes: Record<LaneKind, string>;
  meanings: { "stage-header": string; none: string };
  colours: Record<ColourName, string>;
}
