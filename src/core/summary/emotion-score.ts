import { matchKey } from "../text/similar-text";
import { EMOJI_SCORES, FEELING_STEMS } from "./feeling-words";

const EMOJI = /\p{Extended_Pictographic}\u{FE0F}?/gu;
/** An explicit score written on the note: "+2", "-1". */
const WRITTEN_SCORE = /(?:^|\s)([+-][12])(?:\s|$)/;
const NEGATIONS = new Set(["not", "inte", "ikke", "ej", "no"]);
/** The stems in the form notes are compared in (no accents: "nöjd" meets "nojd"). */
const STEMS = FEELING_STEMS.map(([stem, score]) => [matchKey(stem), score] as const);

/**
 * What a feeling note says, from -2 to +2: a score written on it, else its emoji, else its
 * feeling words (negated ones turned around: "not happy", "inte nöjd"); null for a note that
 * names no feeling.
 */
export function emotionOfText(text: string): number | null {
  const written = WRITTEN_SCORE.exec(text);
  if (written) return Number(written[1]);
  const emoji = [...text.matchAll(EMOJI)].flatMap((m) => {
    const score = EMOJI_SCORES[m[0]] ?? EMOJI_SCORES[m[0].replace("\u{FE0F}", "")];
    return score === undefined ? [] : [score];
  });
  if (emoji.length > 0) return average(emoji);
  const key = matchKey(text);
  const words = key.split(" ");
  const scores: number[] = [];
  words.forEach((word, i) => {
    const found = STEMS.find(([stem]) =>
      stem.includes(" ") ? key.includes(stem) && stem.startsWith(word) : word.startsWith(stem),
    );
    if (!found) return;
    const negated = i > 0 && NEGATIONS.has(words[i - 1] ?? "");
    scores.push(negated ? -found[1] : found[1]);
  });
  return scores.length > 0 ? average(scores) : null;
}

function average(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** An emotion score kept to one decimal, within -2..+2. */
export function clampScore(score: number): number {
  return Math.round(Math.max(-2, Math.min(2, score)) * 10) / 10;
}
