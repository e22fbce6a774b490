import type { Language } from "../../core/lexicon/lane-words";
import type { LaneKind } from "../../core/model/lane-kind";
import type { PresetId } from "../../core/template/template-spec";
import { startWorkshop } from "./board-tasks";
import { DEFAULT_STAGES } from "./default-stages";
import { readSavedLegend } from "./saved-legend";
import type { SessionContext } from "./session-context";
import {
  readStartForm,
  type StartField,
  type StartForm,
  type StartTextField,
  toggledLanes,
} from "./start-form";

/** The Start task: fill in the form, place the template. */
export interface StartActions {
  edit(field: StartTextField | "participants" | "stages", value: string): void;
  setLanesFrom(from: StartForm["lanesFrom"]): void;
  setPreset(preset: PresetId): void;
  toggleLane(kind: LaneKind): void;
  /** The template's language; suggested stages follow it, stages the user typed stay. */
  setTemplateLanguage(language: Language): void;
  /**
   * Checks the form and places the template. Resolves false when a field needs fixing (the
   * problems are in the state), true otherwise, whether the board accepted it or not.
   */
  placeTemplate(): Promise<boolean>;
}

export function startActions({ port, store, tasks }: SessionContext): StartActions {
  const change = (patch: Partial<StartForm>, fixes: StartField[] = []) =>
    store.set((state) => {
      const problems = { ...state.start.problems };
      for (const field of fixes) delete problems[field];
      return { start: { form: { ...state.start.form, ...patch }, problems } };
    });
  return {
    edit(field, value) {
      change({ [field]: value, ...(field === "stages" ? { stagesSuggested: false } : {}) }, [
        field,
      ]);
    },
    setLanesFrom(lanesFrom) {
      change({ lanesFrom }, ["lanes"]);
    },
    setPreset(preset) {
      change({ preset });
    },
    toggleLane(kind) {
      change({ lanes: toggledLanes(store.get().start.form.lanes, kind) }, ["lanes"]);
    },
    setTemplateLanguage(language) {
      const { form } = store.get().start;
      const stages = form.stagesSuggested ? { stages: DEFAULT_STAGES[language].join("\n") } : {};
      change({ language, ...stages });
    },
    async placeTemplate() {
      const read = readStartForm(store.get().start.form);
      if (!read.ok) {
        store.set((state) => ({
          start: { ...state.start, problems: read.problems },
          report: null,
          error: null,
        }));
        return false;
      }
      store.set((state) => ({ start: { ...state.start, problems: {} } }));
      await tasks.run("start", async ({ signal, onProgress }) => {
        const saved = await readSavedLegend(port);
        const started = await startWorkshop(port, read.spec, {
          onProgress,
          signal,
          ...(saved.legend ? { legend: saved.legend } : {}),
        });
        // A template is stages and lanes of its own: an analysis made before it is out of date.
        store.set((state) => ({
          report: { kind: "template-placed", created: started.created },
          analyse: { ...state.analyse, stale: state.analyse.preview !== null },
        }));
      });
      return true;
    },
  };
}
