import type { Language } from "../../core/lexicon/lane-words";
import type { Journey } from "../../core/model/journey";
import type { BoardJourney } from "../../core/reconstruct/read-board";
import { journeyLanguage } from "../../core/summary/journey-language";

/**
 * Notes enough to tell a board's language. A bigger journey is told from this many of its notes,
 * spread evenly over it: the summary line of a 40,000-note board should not cost a tenth of
 * reading it (its labels and titles are always read in full).
 */
export const LANGUAGE_SAMPLE = 500;

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
  const biggest = journeys.reduce<Journey | undefined>(
    (best, { journey }) => (best && best.notes.length >= journey.notes.length ? best : journey),
    undefined,
  );
  return biggest ? journeyLanguage(sampled(biggest)) : "en";
}

/** The journey with at most LANGUAGE_SAMPLE of its notes, taken at even steps. */
function sampled(journey: Journey): Journey {
  const { notes } = journey;
  if (notes.length <= LANGUAGE_SAMPLE) return journey;
  const step = notes.length / LANGUAGE_SAMPLE;
  const some = Array.from({ length: LANGUAGE_SAMPLE }, (_, i) => notes[Math.floor(i * step)]);
  return { ...journey, notes: some.filter((note) => note !== undefined) };
}
