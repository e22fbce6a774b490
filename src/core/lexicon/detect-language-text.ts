import { addSpellingCues } from "./detect-language-spelling";
import { LANGUAGE_WORDS } from "./detect-language-words";
import type { Language } from "./lane-words";

/** A name's letters ("Søren", "Jönköping") say little about the language around it. */
const NAME_WEIGHT = 0.25;
const LANGUAGES: readonly Language[] = ["en", "sv", "da"];

/** Letters and apostrophes: "don't" and "it's" are one word each, and so is "KPI:er". */
const WORD = /[\p{L}'’]+(?::\p{L}+)*/gu;
/** A word right after a letter, digit or comma is inside a sentence. */
const IN_SENTENCE = /[\p{L}\p{N},]/u;

/** What one word tells, and whether a word list names it (a name's letters weigh less). */
interface WordReading {
  weights: Readonly<Partial<Record<Language, number>>>;
  listed: boolean;
}

/** Words already read, within one board's reading: a board repeats its words. */
export type WordMemo = Map<string, WordReading>;

/** What the words of one text tell for each language: listed words, then spellings. */
export function textLanguageScores(
  text: string,
  memo: WordMemo = new Map(),
): Record<Language, number> {
  const scores = noVotes();
  for (const match of text.matchAll(WORD)) {
    const at = match.index;
    const end = at + match[0].length;
    const before = charBefore(text, at);
    // "@anna" is a person, "due:2026-12-01" the app's own syntax: neither is in a language.
    if (before === "@" || (text.charAt(end) === ":" && DIGIT.test(text.charAt(end + 1)))) continue;
    const raw = APOSTROPHE.test(match[0])
      ? match[0].replace(/’/g, "'").replace(/^'+|'+$/g, "")
      : match[0];
    if (raw.length === 0) continue;
    const inSentence = before !== "" && IN_SENTENCE.test(before);
    if (raw === "I" || raw === "i") {
      // "I" is English; "i" is "in" in Swedish and Danish, and so is "I" opening a sentence.
      if (raw === "I" && inSentence) scores.en += 1.5;
      else if (raw === "I") add(scores, { en: 0.5, sv: 0.25, da: 0.25 }, 1);
      else add(scores, { sv: 0.5, da: 0.5 }, 1);
      continue;
    }
    const word = raw.toLowerCase();
    let reading = memo.get(word);
    if (!reading) {
      const listed = LANGUAGE_WORDS.get(word);
      reading = listed ? { weights: listed, listed: true } : readSpelling(word);
      memo.set(word, reading);
    }
    const name = !reading.listed && inSentence && raw !== word && raw !== raw.toUpperCase();
    add(scores, reading.weights, name ? NAME_WEIGHT : 1);
  }
  return scores;
}

function readSpelling(word: string): WordReading {
  const weights = noVotes();
  addSpellingCues(word, 1, weights);
  return { weights, listed: false };
}

const DIGIT = /\d/;
const APOSTROPHE = /['’]/;
const SPACE = /\s/;

/** The last character before `at` that is not white space; "" at the start. */
function charBefore(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) if (!SPACE.test(text.charAt(i))) return text.charAt(i);
  return "";
}

function add(
  into: Record<Language, number>,
  weights: Partial<Record<Language, number>>,
  scale: number,
): void {
  for (const language of LANGUAGES) into[language] += (weights[language] ?? 0) * scale;
}

/** Nothing for any language. */
export function noVotes(): Record<Language, number> {
  return { en: 0, sv: 0, da: 0 };
}
