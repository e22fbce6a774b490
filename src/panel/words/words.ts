import type { Language } from "../../core/lexicon/lane-words";
import { da } from "./da";
import { en } from "./en";
import type { PanelWords } from "./panel-words";
import { sv } from "./sv";

/** The panel's words in each of its languages. */
export const WORDS: Record<Language, PanelWords> = { en, sv, da };

/** Each language by its own name, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  sv: "Svenska",
  da: "Dansk",
};
