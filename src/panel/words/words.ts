import type { Language } from "../../core/lexicon/lane-words";
import type { PanelWords } from "./panel-words";

/** Each language by its own name, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  sv: "Svenska",
  da: "Dansk",
};

/** Loads one language's words. */
export type WordsLoader = (language: Language) => Promise<PanelWords>;

// One dynamic import a language, so each is a chunk of its own: a user reads one language at a
// time, and the panel page's budget has no room for all three at load.
const IMPORTS: Record<Language, () => Promise<PanelWords>> = {
  en: () => import("./en").then((module) => module.en),
  sv: () => import("./sv").then((module) => module.sv),
  da: () => import("./da").then((module) => module.da),
};

/**
 * A loader that fetches each language once and then hands out the same words object. A failed
 * fetch is forgotten, so choosing the language again tries again.
 */
export function cachedWordsLoader(
  imports: Readonly<Record<Language, () => Promise<PanelWords>>>,
): WordsLoader {
  const loaded = new Map<Language, Promise<PanelWords>>();
  return (language) => {
    const known = loaded.get(language);
    if (known !== undefined) return known;
    const words = imports[language]();
    loaded.set(language, words);
    words.catch(() => loaded.delete(language));
    return words;
  };
}

/** The panel's words in a language, each language a chunk of its own, fetched when first asked. */
export const loadWords: WordsLoader = cachedWordsLoader(IMPORTS);

/** Said when the panel's first words could not be fetched: in each language, none being at hand. */
export const NO_WORDS: Record<Language, string> = {
  en: "The panel could not load. Check the connection, then reload it.",
  sv: "Panelen kunde inte laddas. Kontrollera anslutningen och ladda sedan om den.",
  da: "Panelet kunne ikke indlæses. Tjek forbindelsen, og genindlæs det så.",
};
