import type { BoardItem } from "../../core/board/board-item";
import type { NamedColourId } from "../../core/colour/named-colour";
import { DEFAULT_LEGEND } from "../../core/legend/default-legend";
import type { LegendMeaning } from "../../core/legend/legend";
import type { Language } from "../../core/lexicon/lane-words";
import type { AnalysisPreview } from "./analysis-preview";
import type { previewJourneys } from "./board-analysis";
import { describeError } from "./panel-error";
import type { AnalyseScope, AnalyseState, FrameChoice } from "./panel-state";
import { legendWithMeaning, readSavedLegend } from "./saved-legend";
import type { SessionContext } from "./session-context";

/** The Analyse task: choose what to read, read it, adjust the legend. */
export interface AnalyseActions {
  setScope(scope: AnalyseScope): void;
  setFrame(id: string): void;
  /** Chooses which journey on the board the preview, the write-back and the export are for. */
  setJourney(index: number): void;
  /** Reads the board's frames and sections again, for the frame choice. */
  refreshFrames(): Promise<void>;
  analyse(): Promise<void>;
  /** Brings one note into view on the board. */
  showNote(noteId: string): Promise<void>;
  /** Keeps a colour's new meaning on the board and analyses again with it. */
  setColourMeaning(colour: NamedColourId, meaning: LegendMeaning): Promise<void>;
  setWriteLanguage(language: Language): void;
}

/** Fetches the analysis's own chunk: reading a board and previewing its journeys. */
export type AnalysisLoader = () => Promise<{ previewJourneys: typeof previewJourneys }>;

// The reading comes when first asked for, not with the panel, as the exports do.
const loadAnalysis: AnalysisLoader = () => import("./board-analysis");

/**
 * The analysis's chunk could not be fetched; a load that failed is not kept, so the next
 * Analyse fetches again.
 */
class AnalysisUnavailableError extends Error {
  override name = "AnalysisUnavailableError";
}

/**
 * `journeyChanged` is told when there is a new analysis or a new language to write in, so the
 * export can follow.
 */
export function analyseActions(
  { port, store, tasks }: SessionContext,
  journeyChanged: () => void,
  load: AnalysisLoader = loadAnalysis,
): AnalyseActions {
  const patch = (change: Partial<AnalyseState>) =>
    store.set((state) => ({ analyse: { ...state.analyse, ...change } }));
  const stale = () => store.get().analyse.preview !== null;

  async function readScope(): Promise<BoardItem[] | null> {
    const { scope, frameId } = store.get().analyse;
    if (scope === "frame") {
      if (frameId === null) {
        store.set({ error: { kind: "no-frame", message: "" } });
        return null;
      }
      return port.readItems({ kind: "container", id: frameId });
    }
    if (scope === "board") return port.readItems({ kind: "board" });
    const selected = await port.readItems({ kind: "selection" });
    if (selected.length === 0) {
      store.set({ error: { kind: "empty-selection", message: "" } });
      return null;
    }
    // A selected frame stands for what it holds.
    const inside = await Promise.all(
      selected
        .filter((item) => item.kind === "frame")
        .map((frame) => port.readItems({ kind: "container", id: frame.id })),
    );
    const byId = new Map([...selected, ...inside.flat()].map((item) => [item.id, item]));
    return [...byId.values()];
  }

  async function analyseNow(): Promise<AnalysisPreview[] | null> {
    const items = await readScope();
    if (items === null) return null;
    const { previewJourneys } = await load().catch(() => {
      throw new AnalysisUnavailableError("the analysis could not be loaded");
    });
    const saved = await readSavedLegend(port);
    const { scope, frames, frameId } = store.get().analyse;
    // A frame read alone holds what is inside it, not its own title.
    const title = scope === "frame" ? frames.find((f) => f.id === frameId)?.title : undefined;
    const options = {
      platform: port.platform,
      ...(saved.legend ? { legend: saved.legend } : {}),
      ...(title ? { title } : {}),
      // A part of the board is read by the legend the team drew on it, wherever that lies.
      ...(scope === "board" ? {} : { board: await port.readItems({ kind: "board" }) }),
    };
    const { language, analyse } = store.get();
    const journeys = previewJourneys(items, options, language);
    const journey = journeyKept(journeys, analyse);
    const preview = journeys[journey] ?? null;
    patch({
      journeys,
      journey,
      preview,
      stale: false,
      brokenSavedLegend: saved.broken,
      ...(preview ? { writeLanguage: preview.boardLanguage } : {}),
    });
    journeyChanged();
    return journeys;
  }

  async function refreshFrames(): Promise<void> {
    try {
      const items = await port.readItems({ kind: "board" });
      const frames: FrameChoice[] = items
        // The app's own write-back frames (a tidy copy, its tray) hold no notes to read.
        .filter(
          (item) => item.kind === "frame" && (item.mark === null || item.mark.part === "template"),
        )
        .map((frame) => ({ id: frame.id, title: frame.text.trim() }));
      const { frameId } = store.get().analyse;
      const kept = frames.some((f) => f.id === frameId) ? frameId : (frames[0]?.id ?? null);
      patch({ frames, frameId: kept });
    } catch (error) {
      store.set({ error: describeError(error) });
    }
  }

  return {
    setScope(scope) {
      patch({ scope, stale: stale() });
      if (scope === "frame") void refreshFrames();
    },
    setFrame(frameId) {
      patch({ frameId, stale: stale() });
    },
    setJourney(journey) {
      const preview = store.get().analyse.journeys[journey];
      if (preview === undefined) return;
      // What was said about the other journey (written, copied) is not about this one.
      store.set((state) => ({
        analyse: { ...state.analyse, journey, preview, writeLanguage: preview.boardLanguage },
        report: null,
      }));
      journeyChanged();
    },
    refreshFrames,
    async analyse() {
      await tasks.run("analyse", async () => {
        const journeys = await analyseNow();
        if (journeys === null) return;
        let placed = 0;
        let unplaced = 0;
        for (const journey of journeys) {
          placed += journey.placed;
          unplaced += journey.unplaced.length;
        }
        store.set({ report: { kind: "analysed", placed, unplaced } });
      });
    },
    async showNote(noteId) {
      try {
        await port.bringIntoView({ ids: [noteId] });
      } catch (error) {
        store.set({ error: describeError(error) });
      }
    },
    async setColourMeaning(colour, meaning) {
      await tasks.run("analyse", async () => {
        const base = store.get().analyse.preview?.legend ?? DEFAULT_LEGEND;
        await port.writeBoardData("legend", legendWithMeaning(base, colour, meaning));
        const journeys = await analyseNow();
        if (journeys !== null) store.set({ report: { kind: "legend-saved", colour, meaning } });
      });
    },
    setWriteLanguage(writeLanguage) {
      patch({ writeLanguage });
      journeyChanged();
    },
  };
}

/**
 * The journey chosen before, found again in a new reading: by its title, else by its place, else
 * the first. The choice lasts the session, through a reading of one journey and back.
 */
function journeyKept(journeys: readonly AnalysisPreview[], before: AnalyseState): number {
  const title = before.journeys[before.journey]?.journey.header.title;
  const byTitle = title ? journeys.findIndex((p) => p.journey.header.title === title) : -1;
  if (byTitle >= 0) return byTitle;
  return before.journey < journeys.length ? before.journey : 0;
}
