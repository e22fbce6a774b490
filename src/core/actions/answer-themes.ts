import type { Journey } from "../model/journey";
import { COMPOUND_PART, meaningfulWords, sameWord, type Word } from "./answer-words";

/** A word is the journey's theme when the notes of more than this share of its stages use it… */
const THEME_SHARE = 0.5;
/** …and of at least this many: two stages sharing a word is too little to call it a theme. */
const THEME_STAGES = 3;
/** Words are looked up among those starting with the same letters: inflections share them. */
const PREFIX = 2;

/** Whether a word is one the whole journey is about. */
export type IsTheme = (word: Word) => boolean;

/**
 * The words the notes of most stages use: "move" on a board about moving house, "checkout" on a
 * board about a checkout. They say what the whole journey is about, so sharing one says nothing
 * of which pain an action answers. A word counts in a stage when a note there has it inflected
 * ("move", "moving", "moved"; "flytt", "flytten"); a compound holding it is another word
 * ("flyttguide" is about a guide too).
 */
export function journeyThemes(journey: Journey): IsTheme {
  if (journey.stages.length < THEME_STAGES) return () => false;
  const least = Math.max(THEME_STAGES, Math.floor(journey.stages.length * THEME_SHARE) + 1);
  let stages: Map<number, Map<string, Word[]>> | null = null;
  const known = new Map<string, boolean>();
  return (word) => {
    let theme = known.get(word.word);
    if (theme === undefined) {
      // Built at the first word asked of, as most actions share no word with any pain.
      stages ??= wordsByStage(journey);
      const key = word.word.slice(0, PREFIX);
      let count = 0;
      for (const words of stages.values()) {
        if (words.get(key)?.some((w) => inflected(w, word))) count++;
      }
      theme = count >= least;
      known.set(word.word, theme);
    }
    return theme;
  };
}

/** Each stage's words, by their first letters; a text written on many notes is read once. */
function wordsByStage(journey: Journey): Map<number, Map<string, Word[]>> {
  const texts = new Map(journey.notes.map((n) => [n.id, n.text]));
  const stages = new Map<number, Map<string, Word[]>>();
  const read = new Map<string, Set<number>>();
  // Each stage's words so far, so a word written on many notes is listed once.
  const known = new Map<number, Set<string>>();
  for (const p of journey.placements) {
    // What the team proposes is no part of what the journey is about: an idea written again in
    // every stage would otherwise silence the pains it answers.
    if (p.stage === null || p.lane === "action" || p.lane === "opportunity") continue;
    const text = texts.get(p.noteId) ?? "";
    const seen = read.get(text) ?? new Set<number>();
    read.set(text, seen);
    if (seen.has(p.stage)) continue;
    seen.add(p.stage);
    const words = stages.get(p.stage) ?? new Map<string, Word[]>();
    stages.set(p.stage, words);
    const had = known.get(p.stage) ?? new Set<string>();
    known.set(p.stage, had);
    for (const word of meaningfulWords(text)) {
      if (had.has(word.word)) continue;
      had.add(word.word);
      const key = word.word.slice(0, PREFIX);
      const list = words.get(key);
      if (list) list.push(word);
      else words.set(key, [word]);
    }
  }
  return stages;
}

/** Whether two words are one, inflected: the same word, or one the other with an ending added. */
function inflected(a: Word, b: Word): boolean {
  return sameWord(a, b) && (endingAdded(a.word, b.word) || endingAdded(a.stem, b.stem));
}

function endingAdded(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long.length - short.length < COMPOUND_PART;
}
