import type { ExportTarget } from "../../core/export/export-journey";
import type { ExportFile, exportFile } from "../export/export-file";
import { describeError } from "./panel-error";
import type { SessionContext } from "./session-context";

/** The part of the Clipboard API the panel uses; hosts may refuse it. */
export interface PanelClipboard {
  writeText(text: string): Promise<void>;
}

/** Fetches the exports' own chunk (trackers' CSV, Markdown, user stories). */
export type ExportsLoader = () => Promise<{ exportFile: typeof exportFile }>;

// The exports come when first asked for, not with the panel: a facilitator opens the panel to
// start or analyse a workshop.
const loadExports: ExportsLoader = () => import("../export/export-file");

/**
 * The exports' chunk could not be fetched (the browser's own words for it are a URL in
 * English); a load that failed is not kept, so the next try fetches again.
 */
class ExportUnavailableError extends Error {
  override name = "ExportUnavailableError";
}

/** How many lines of the file the preview shows. */
export const PREVIEW_LINES = 8;

/** The Export task: pick a target, see the first lines, download or copy the file. */
export interface ExportActions {
  setTarget(target: ExportTarget): Promise<void>;
  /** Makes the preview again for the current analysis, target and language. */
  refresh(): Promise<void>;
  /** The whole file for the current analysis and target; null before an analysis. */
  file(): Promise<ExportFile | null>;
  /** Hands the file to `save` (the page's download) and says so. */
  download(save: (file: ExportFile) => void): Promise<void>;
  copy(): Promise<void>;
}

export function exportActions(
  { store }: SessionContext,
  clipboard: PanelClipboard | undefined,
  load: ExportsLoader = loadExports,
): ExportActions {
  let generation = 0;

  async function file(): Promise<ExportFile | null> {
    const { analyse, exporting } = store.get();
    if (analyse.preview === null) return null;
    const exports = await load().catch(() => {
      throw new ExportUnavailableError("the export could not be loaded");
    });
    return exports.exportFile(analyse.preview.journey, exporting.target, analyse.writeLanguage);
  }

  async function refresh(): Promise<void> {
    const mine = ++generation;
    try {
      const made = await file();
      if (mine !== generation) return;
      const lines = made ? made.text.replace(/\r?\n$/, "").split(/\r?\n/) : null;
      store.set((state) => ({
        exporting: {
          ...state.exporting,
          lines: lines ? lines.slice(0, PREVIEW_LINES) : null,
          totalLines: lines?.length ?? 0,
        },
      }));
    } catch (error) {
      if (mine === generation) store.set({ error: describeError(error) });
    }
  }

  return {
    async setTarget(target) {
      // "Downloaded journey-jira.csv" said beside the Linear format would be about another file.
      store.set((state) => ({ exporting: { ...state.exporting, target }, report: null }));
      await refresh();
    },
    refresh,
    file,
    async download(save) {
      try {
        const made = await file();
        if (made === null) return;
        save(made);
        store.set({ report: { kind: "downloaded", fileName: made.fileName }, error: null });
      } catch (error) {
        store.set({ error: describeError(error) });
      }
    },
    async copy() {
      const made = await file().catch((error: unknown) => {
        store.set({ error: describeError(error) });
        return null;
      });
      if (made === null) return;
      try {
        if (!clipboard) throw new Error("no clipboard");
        await clipboard.writeText(made.text);
        store.set({ report: { kind: "copied" }, error: null });
      } catch {
        store.set({ report: { kind: "copy-refused" } });
      }
    },
  };
}
