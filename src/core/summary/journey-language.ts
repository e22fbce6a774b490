import { detectLanguage, type LanguageReading } from "../lexicon/detect-language";
import type { Language } from "../lexicon/lane-words";
import type { Journey } from "../model/journey";

/**
 * The language a board is written in, for text the app writes back: read from the words of its
 * lane titles, stage titles, notes and header (see detectLanguage); English when nothing tells.
 */
export function journeyLanguage(journey: Journey): Language {
  return journeyLanguageReading(journey).language;
}

/** The board's language with how sure the reading is and each language's votes. */
export function journeyLanguageReading(journey: Journey): LanguageReading {
  const { title, goal, scopeStart, scopeEnd, persona } = journey.header;
  return detectLanguage({
    labels: journey.lanes.map((lane) => lane.title),
    titles: [title, goal, scopeStart, scopeEnd, persona, ...journey.stages.map((s) => s.title)],
    texts: journey.notes.map((note) => note.text),
  });
}
