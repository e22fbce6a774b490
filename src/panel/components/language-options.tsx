import type { Language } from "../../core/lexicon/lane-words";
import { LANGUAGE_NAMES } from "../words/words";

/**
 * The options of a language select: each language by its own name, marked as written in that
 * language so a screen reader says "Svenska" and "Dansk" as a Swede and a Dane would.
 */
export function languageOptions() {
  return (Object.keys(LANGUAGE_NAMES) as Language[]).map((language) => (
    <option key={language} value={language} lang={language}>
      {LANGUAGE_NAMES[language]}
    </option>
  ));
}
