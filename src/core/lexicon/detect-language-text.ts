import { addSpellingCues } from "./detect-language-spelling";
import { LANGUAGE_WORDS } from "./detect-language-words";
import type { Language } from "./lane-words";

/** A name's letters ("Søren", "Jönköping") say little about the language around it. */
const NAME_WEIGHT = 0.25;

/** What one word tells (en, sv, da), and whether a word list names it. */
interface WordReading {
  weights: readonly [en: number, sv: number, da: number];
  listed: boolean;
}

/** Words already read, within one board's reading: a board repeats its words. */
export type WordMemo = Map<string, WordReading>;

/**
 * What the words of one text tell for each language: listed words, then spellings. A word is
 * letters and apostrophes ("don't", "it's"), or letters joined by a colon ("KPI:er").
 */
export function textLanguageScores(
  text: string,
  memo: WordMemo = new Map(),
): Record<Language, number> {
  const scores = noVotes();
  // The last character before the current word that is not white space: "" opens the text.
  let before = "";
  let at = 0;
  while (at < text.length) {
    if (!isWordPart(text, at)) {
      if (!SPACE.test(text.charAt(at))) before = text.charAt(at);
      at++;
      continue;
    }
    let end = at + 1;
    while (
      end < text.length &&
      (isWordPart(text, end) || (text.charAt(end) === ":" && isLetter(text, end + 1)))
    ) {
      end++;
    }
    // "@anna" is a person, "due:2026-12-01" the app's own syntax: neither is in a language.
    const syntax = text.charAt(end) === ":" && DIGIT.test(text.charAt(end + 1));
    if (before !== "@" && !syntax) readWord(text.slice(at, end), before, memo, scores);
    before = text.charAt(end - 1);
    at = end;
  }
  return scores;
}

function readWord(
  found: string,
  before: string,
  memo: WordMemo,
  scores: Record<Language, number>,
): void {
  const raw = APOSTROPHE.test(found) ? found.replace(/’/g, "'").replace(/^'+|'+$/g, "") : found;
  if (raw.length === 0) return;
  const inSentence = before !== "" && IN_SENTENCE.test(before);
  if (raw === "I" || raw === "i") {
    // "I" is English; "i" is "in" in Swedish and Danish, and so is "I" opening a sentence.
    if (raw === "I" && inSentence) scores.en += 1.5;
    else if (raw === "I") add(scores, [0.5, 0.25, 0.25], 1);
    else add(scores, [0, 0.5, 0.5], 1);
    return;
  }
  const word = raw.toLowerCase();
  let reading = memo.get(word);
  if (!reading) {
    const listed = LANGUAGE_WORDS.get(word);
    reading = listed
      ? { weights: [listed.en ?? 0, listed.sv ?? 0, listed.da ?? 0], listed: true }
      : readSpelling(word);
    memo.set(word, reading);
  }
  const name = !reading.listed && inSentence && raw !== word && raw !== raw.toUpperCase();
  add(scores, reading.weights, name ? NAME_WEIGHT : 1);
}

function readSpelling(word: string): WordReading {
  const weights = noVotes();
  addSpellingCues(word, 1, weights);
  return { weights: [weights.en, weights.sv, weights.da], listed: false };
}

/** A letter; plain ASCII is told by its code, the rest by Unicode's letter class. */
function isLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(text.charAt(at));
}

function isWordPart(text: string, at: number): boolean {
  const char = text.charAt(at);
  return char === "'" || char === "’" || isLetter(text, at);
}

const LETTER = /\p{L}/u;
/** A word right after a letter, digit or comma is inside a sentence. */
const IN_SENTENCE = /[\p{L}\p{N},]/u;
const DIGIT = /\d/;
const APOSTROPHE = /['’]/;
const SPACE = /\s/;

function add(
  into: Record<Language, number>,
  weights: readonly [number, number, number],
  scale: number,
): void {
  into.en += weights[0] * scale;
  into.sv += weights[1] * scale;
  into.da += weights[2] * scale;
}

/** Nothing for any language. */
export function noVotes(): Record<Language, number> {
  return { en: 0, sv: 0, da: 0 };
}
