import type { Language } from "../core/lexicon/lane-words";
import type { BoardJourney } from "../core/reconstruct/read-board";
import { usageError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { quoteValue } from "./quote-value";
import { boardLanguage } from "./words/board-language";
import { cliWords } from "./words/cli-words";

/** The board's journeys as a user picks them: `1 "Idag", 2 "Målbild"`. */
export function journeyList(journeys: readonly BoardJourney[], untitled = "(untitled)"): string {
  return journeys
    .map((j, i) => `${i + 1} ${j.title === null ? untitled : quoteValue(j.title)}`)
    .join(", ");
}

/**
 * The journey `--journey` names: a number counted from 1 in reading order, or a title, in any
 * case. Without one, the first, with a note on standard error when the board holds more, saying
 * how to pick another, in `language` (`--lang`) or the board's own. A choice that names none is
 * a one-line error listing the journeys, in English as every error is.
 */
export function pickJourney(
  journeys: readonly BoardJourney[],
  choice: string | undefined,
  io: CliIo,
  language?: Language,
): BoardJourney {
  const first = journeys[0] as BoardJourney;
  if (choice === undefined) {
    if (journeys.length > 1) {
      const words = cliWords(boardLanguage(journeys, language));
      const list = journeyList(journeys, words.untitled);
      io.stderr(`journey-mapper: ${words.firstOfSeveral(journeys.length, list)}\n`);
    }
    return first;
  }
  const wanted = choice.trim();
  const byNumber = /^\d+$/.test(wanted) ? journeys[Number(wanted) - 1] : undefined;
  const byTitle = journeys.find((j) => j.title?.trim().toLowerCase() === wanted.toLowerCase());
  const picked = byNumber ?? byTitle;
  if (!picked) {
    const not = `--journey: ${quoteValue(choice)} is not a journey on this board`;
    // A board of one journey needs no --journey at all: say so rather than offer "1".
    if (journeys.length === 1) throw usageError(`${not}, which holds one; leave --journey out`);
    throw usageError(`${not}; give the number or title of one of: ${journeyList(journeys)}`);
  }
  return picked;
}
