import type { BoardItem } from "../../core/board/board-item";
import type { NamedColourId } from "../../core/colour/named-colour";
import { DEFAULT_LEGEND } from "../../core/legend/default-legend";
import type { LegendMeaning } from "../../core/legend/legend";
import type { Language } from "../../core/lexicon/lane-words";
import { reconstructJourney } from "../../core/reconstruct/reconstruct-journey";
import { type AnalysisPreview, analysisPreview } from "./analysis-preview";
import { describeError } from "./panel-error";
import type { AnalyseScope, AnalyseState, FrameChoice } from "./panel-state";
import { legendWithMeaning, readSavedLegend } from "./saved-legend";
import type { SessionContext } from "./session-context";

/** The Analyse task: choose what to read, read it, adjust the legend. */
export interface AnalyseActions {
  setScope(scope: AnalyseScope): void;
  setFrame(id: string): void;
  /** Reads the board's frames and sections again, for the frame choice. */
  refreshFrames(): Promise<void>;
  analyse(): Promise<void>;
  /** Brings one note into view on the board. */
  showNote(noteId: string): Promise<void>;
  /** Keeps a colour's new meaning on the board and analyses again with it. */
  setColourMeaning(colour: NamedColourId, meaning: LegendMeaning): Promise<void>;
  setWriteLanguage(language: Language): void;
}

/**
 * `journeyChanged` is told when there is a new analysis or a new language to write in, so the
 * export can follow.
 */
export function analyseActions(
  { port, store, tasks }: SessionContext,
  journeyChanged: () => void,
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

  async function analyseNow(): Promise<AnalysisPreview | null> {
    const items = await readScope();
    if (items === null) return null;
    const saved = await readSavedLegend(port);
    const read = reconstructJourney(items, {
      platform: port.platform,
      ...(saved.legend ? { legend: saved.legend } : {}),
      // A part of the board is read by the legend the team drew on it, wherever that lies.
      ...(store.get().analyse.scope === "board"
        ? {}
        : { board: await port.readItems({ kind: "board" }) }),
    });
    const preview = analysisPreview(read, saved.legend !== null, store.get().language);
    patch({
      preview,
      stale: false,
      brokenSavedLegend: saved.broken,
      writeLanguage: preview.boardLanguage,
    });
    journeyChanged();
    return preview;
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
    refreshFrames,
    async analyse() {
      await tasks.run("analyse", async () => {
        const preview = await analyseNow();
        if (preview === null) return;
        store.set({
          report: { kind: "analysed", placed: preview.placed, unplaced: preview.unplaced.length },
        });
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
        const preview = await analyseNow();
        if (preview !== null) store.set({ report: { kind: "legend-saved", colour, meaning } });
      });
    },
    setWriteLanguage(writeLanguage) {
      patch({ writeLanguage });
      journeyChanged();
    },
  };
}
