import type { Language } from "../lexicon/lane-words";
import { recogniseLane } from "../lexicon/recognise-lane";
import type { Journey } from "../model/journey";

const SWEDISH = /[äöÄÖ]/;
const DANISH = /[æøÆØ]/;

/**
 * The language a board is written in, for text the app writes back: its lane labels' language
 * where they tell, else the letters its notes use (ä ö for Swedish, æ ø for Danish), else English.
 */
export function journeyLanguage(journey: Journey): Language {
  const votes: Record<Language, number> = { en: 0, sv: 0, da: 0 };
  for (const lane of journey.lanes) {
    const read = lane.title ? recogniseLane(lane.title) : null;
    if (read && read.languages.length === 1) votes[read.languages[0] as Language] += 3;
  }
  for (const note of journey.notes) {
    if (SWEDISH.test(note.text)) votes.sv++;
    else if (DANISH.test(note.text)) votes.da++;
  }
  const [best] = (Object.entries(votes) as [Language, number][]).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : "en";
}
