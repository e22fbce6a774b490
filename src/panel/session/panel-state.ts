import type { Progress } from "../../core/board/board-port";
import type { ExportTarget } from "../../core/export/export-journey";
import type { Language } from "../../core/lexicon/lane-words";
import type { PanelWords } from "../words/panel-words";
import type { AnalysisPreview } from "./analysis-preview";
import type { WriteBackPart } from "./board-tasks";
import type { PanelError } from "./panel-error";
import type { Report } from "./report";
import { emptyStartForm, type StartForm, type StartProblems } from "./start-form";

/** The panel's three tasks, one tab each. */
export const TABS = ["start", "analyse", "export"] as const;
export type TabId = (typeof TABS)[number];

/** What the panel is busy with; only one task runs at a time. */
export type TaskKind = "start" | "analyse" | WriteBackPart;

export interface RunningTask {
  kind: TaskKind;
  /** Null until the first batch reports, and for tasks that run in one step. */
  progress: Progress | null;
}

/** Where the analysis reads: the whole board, the selection, or one frame or section. */
export type AnalyseScope = "board" | "selection" | "frame";

/** A frame or section the facilitator can pick to analyse alone. */
export interface FrameChoice {
  id: string;
  title: string;
}

export interface StartState {
  form: StartForm;
  problems: StartProblems;
}

export interface AnalyseState {
  scope: AnalyseScope;
  frameId: string | null;
  frames: readonly FrameChoice[];
  selectionCount: number;
  /** Every journey read, in the board's order: one for most boards, as-is and to-be for some. */
  journeys: readonly AnalysisPreview[];
  /** Which of `journeys` the preview, the write-back and the export are for. */
  journey: number;
  /** The chosen journey's preview: `journeys[journey]`, or null before an analysis. */
  preview: AnalysisPreview | null;
  /** The board or the choice of scope changed since the preview: it may be out of date. */
  stale: boolean;
  /** The board kept a legend the panel could not read, so it was ignored. */
  brokenSavedLegend: boolean;
  /** The language of what is written onto the board; the board's own unless changed. */
  writeLanguage: Language;
}

export interface ExportState {
  target: ExportTarget;
  /** The first lines of the file for the current target and analysis. */
  lines: readonly string[] | null;
  totalLines: number;
}

/** Everything the panel shows, as one plain value. */
export interface PanelState {
  language: Language;
  /** The words of `language`: null until they are fetched, and the panel shows nothing till then. */
  words: PanelWords | null;
  tab: TabId;
  start: StartState;
  analyse: AnalyseState;
  exporting: ExportState;
  task: RunningTask | null;
  report: Report | null;
  error: PanelError | null;
}

/** The state of a panel just opened in a language. */
export function initialPanelState(language: Language): PanelState {
  return {
    language,
    words: null,
    tab: "start",
    start: { form: emptyStartForm(language), problems: {} },
    analyse: {
      scope: "board",
      frameId: null,
      frames: [],
      selectionCount: 0,
      journeys: [],
      journey: 0,
      preview: null,
      stale: false,
      brokenSavedLegend: false,
      writeLanguage: language,
    },
    exporting: { target: "markdown", lines: null, totalLines: 0 },
    task: null,
    report: null,
    error: null,
  };
}
