import type { Language } from "../../core/lexicon/lane-words";
import type { BoardJourney } from "../../core/reconstruct/read-board";
import { journeyLanguage } from "../../core/summary/journey-language";

/**
 * The language the command line speaks of a board in: the one `--lang` asks for, else the one
 * the board is written in, read from its biggest journey (the first of equals), so a to-be
 * frame with three notes does not outvote the as-is map beside it.
 */
export function boardLanguage(
  journeys: readonly Pick<BoardJourney, "journey">[],
  asked: Language | undefined,
): Language {
  if (asked) return asked;
  const biggest = journeys.reduce<Pick<BoardJourney, "journey"> | undefined>(
    (best, j) => (best && best.journey.notes.length >= j.journey.notes.length ? best : j),
    undefined,
  );
  return biggest ? journeyLanguage(biggest.journey) : "en";
}
