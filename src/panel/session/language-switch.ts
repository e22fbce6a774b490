import type { Language } from "../../core/lexicon/lane-words";
import type { PanelWords } from "../words/panel-words";
import type { WordsLoader } from "../words/words";
import type { PanelState } from "./panel-state";
import { previewInLanguage } from "./preview-in-language";
import type { StartActions } from "./start-actions";
import type { Store } from "./store";

/** The panel's language, changed only once the new language's words are in. */
export interface LanguageSwitch {
  /**
   * Fetches the language's words, the panel showing what it shows meanwhile, then shows the
   * panel in that language in one step. Resolves true once it does; false when the words could
   * not be fetched (the state holds the error, said in the language still shown) or another
   * language was chosen in the meantime.
   */
  setLanguage(language: Language): Promise<boolean>;
}

export function languageSwitch(
  store: Store<PanelState>,
  start: StartActions,
  load: WordsLoader,
): LanguageSwitch {
  // The language asked for last: an earlier choice whose words come in later is dropped.
  let wanted: Language | null = null;

  const show = (language: Language, words: PanelWords) => {
    const before = store.get();
    const error = before.error?.kind === "language-unavailable" ? null : before.error;
    if (language === before.language) {
      store.set({ words, error });
      return;
    }
    // A template language nobody chose follows the panel's.
    const follows = before.start.form.language === before.language;
    store.set((state) => {
      const journeys = state.analyse.journeys.map((one) => previewInLanguage(one, language));
      return {
        language,
        words,
        error,
        analyse: { ...state.analyse, journeys, preview: journeys[state.analyse.journey] ?? null },
      };
    });
    if (follows) start.setTemplateLanguage(language);
  };

  return {
    async setLanguage(language) {
      wanted = language;
      let words: PanelWords;
      try {
        words = await load(language);
      } catch {
        if (wanted === language)
          store.set({ error: { kind: "language-unavailable", message: "" } });
        return false;
      }
      if (wanted !== language) return false;
      show(language, words);
      return true;
    },
  };
}
