import type { BoardPort } from "../../core/board/board-port";
import type { Platform } from "../../core/colour/named-colour";
import type { Language } from "../../core/lexicon/lane-words";
import { loadWords, type WordsLoader } from "../words/words";
import { type AnalyseActions, analyseActions } from "./analyse-actions";
import { type ExportActions, exportActions, type PanelClipboard } from "./export-actions";
import { type LanguageSwitch, languageSwitch } from "./language-switch";
import { describeError } from "./panel-error";
import { initialPanelState, type PanelState, type TabId } from "./panel-state";
import type { SessionContext } from "./session-context";
import { type StartActions, startActions } from "./start-actions";
import { createStore, type Store } from "./store";
import { createTaskRunner } from "./task-runner";
import { type WriteActions, writeActions } from "./write-actions";

export interface PanelSessionOptions {
  /** The panel's language to begin with; the user can switch it. */
  language: Language;
  /** Where the words of each language come from; fetched on demand by default. */
  loadWords?: WordsLoader;
  /** Where Copy writes; absent or refusing, the panel says to download instead. */
  clipboard?: PanelClipboard;
}

/** The panel's state and everything a facilitator can do, with no DOM in it. */
export interface PanelSession {
  /**
   * The board's platform, whose sticky colours the legend lists: as the port knows it now, for
   * a remote port learns it from the host's hello after the panel is made.
   */
  readonly platform: Platform;
  store: Store<PanelState>;
  /** Resolves once the first language's words are in (true), or could not be fetched (false). */
  readonly ready: Promise<boolean>;
  /** Shows the panel in a language once its words are in, the words it shows meanwhile. */
  setLanguage: LanguageSwitch["setLanguage"];
  selectTab(tab: TabId): void;
  /** Stops the running task between two batches. */
  cancel(): void;
  start: StartActions;
  analyse: AnalyseActions;
  write: WriteActions;
  exporting: ExportActions;
  /** Listens to the board's selection and reads its frames; resolves once both are known. */
  connect(): Promise<void>;
  /** Stops listening and stops any running task. */
  dispose(): void;
}

export function createPanelSession(port: BoardPort, options: PanelSessionOptions): PanelSession {
  const store = createStore<PanelState>(initialPanelState(options.language));
  const tasks = createTaskRunner(store);
  const context: SessionContext = { port, store, tasks };
  const exporting = exportActions(context, options.clipboard);
  const analyse = analyseActions(context, () => void exporting.refresh());
  const start = startActions(context);
  const { setLanguage } = languageSwitch(store, start, options.loadWords ?? loadWords);
  const ready = setLanguage(options.language);
  let stopListening: (() => void) | null = null;

  return {
    get platform() {
      return port.platform;
    },
    store,
    ready,
    setLanguage,
    selectTab(tab) {
      store.set({ tab, report: null, error: null });
      const state = store.get();
      if (tab === "export" && state.analyse.preview && state.exporting.lines === null)
        void exporting.refresh();
    },
    cancel: tasks.cancel,
    start,
    analyse,
    write: writeActions(context),
    exporting,
    async connect() {
      stopListening?.();
      stopListening = port.onSelectionChange((ids) =>
        store.set((state) => ({
          analyse: {
            ...state.analyse,
            selectionCount: ids.length,
            stale:
              state.analyse.stale ||
              (state.analyse.preview !== null && state.analyse.scope === "selection"),
          },
        })),
      );
      try {
        const selected = await port.readItems({ kind: "selection" });
        store.set((state) => ({
          analyse: { ...state.analyse, selectionCount: selected.length },
        }));
      } catch (error) {
        store.set({ error: describeError(error) });
      }
      await analyse.refreshFrames();
    },
    dispose() {
      stopListening?.();
      stopListening = null;
      tasks.cancel();
    },
  };
}
