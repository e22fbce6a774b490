import type { Language } from "./lane-words";

/** A spelling that only (or mostly) one language's words have, and what it tells. */
interface SpellingCue {
  pattern: RegExp;
  weights: Readonly<Partial<Record<Language, number>>>;
  /** Short words carry endings by chance ("ar", "ed"): the cue needs this many letters. */
  minLength?: number;
}

/**
 * Spellings of words no word list names, lower-case. Letters tell most (ä ö are Swedish, æ ø
 * Danish, å both); endings tell Swedish from Danish (-het/-hed, -arna/-erne, -ade/-ede, -iga/-ige,
 * -tt/-dt), "hv-" and "aa" are Danish, consonant + j ("hjälp", "tjänst", "fjern") Scandinavian,
 * and th, wh, ph, qu, ou, ee, -ly, -ness, -ed English. Each weighs less than a listed word.
 */
const CUES: readonly SpellingCue[] = [
  { pattern: /[äö]/, weights: { sv: 1.5 } },
  { pattern: /[æø]/, weights: { da: 1.5 } },
  { pattern: /å/, weights: { sv: 0.5, da: 0.5 } },
  { pattern: /het(en|er|erna)?$/, weights: { sv: 1 }, minLength: 5 },
  { pattern: /hed(en|er|erne)?$/, weights: { da: 1 }, minLength: 5 },
  { pattern: /(arna|orna|erna)$/, weights: { sv: 1 }, minLength: 6 },
  { pattern: /erne$/, weights: { da: 1 }, minLength: 6 },
  { pattern: /ar$/, weights: { sv: 0.4 }, minLength: 6 },
  { pattern: /^ud[bcdfghjklmnprstv]/, weights: { da: 0.5 }, minLength: 5 },
  { pattern: /^ut[bfgklmnprsv]/, weights: { sv: 0.3 }, minLength: 5 },
  { pattern: /^til[^l]/, weights: { da: 0.5 }, minLength: 5 },
  { pattern: /ade$/, weights: { sv: 0.5 }, minLength: 6 },
  { pattern: /ede$/, weights: { da: 0.5 }, minLength: 6 },
  { pattern: /ig$/, weights: { sv: 0.2, da: 0.2 }, minLength: 5 },
  { pattern: /iga$/, weights: { sv: 0.5 }, minLength: 5 },
  { pattern: /ige$/, weights: { da: 0.5 }, minLength: 5 },
  { pattern: /erad(e)?$/, weights: { sv: 0.8 }, minLength: 6 },
  { pattern: /eret$/, weights: { da: 0.8 }, minLength: 6 },
  { pattern: /era$/, weights: { sv: 0.3 }, minLength: 5 },
  { pattern: /ere$/, weights: { da: 0.5 }, minLength: 6 },
  { pattern: /ene$/, weights: { da: 0.5 }, minLength: 6 },
  { pattern: /elig(t|e)?$/, weights: { da: 0.3 }, minLength: 6 },
  { pattern: /[^aeiou]or$/, weights: { sv: 0.3 }, minLength: 6 },
  { pattern: /ande$/, weights: { sv: 0.5 }, minLength: 6 },
  { pattern: /skap$/, weights: { sv: 0.5 }, minLength: 6 },
  { pattern: /skab$/, weights: { da: 0.5 }, minLength: 6 },
  { pattern: /tt$/, weights: { sv: 0.5 }, minLength: 4 },
  { pattern: /dt$/, weights: { da: 0.5 }, minLength: 4 },
  { pattern: /^hv/, weights: { da: 1 }, minLength: 3 },
  { pattern: /aa/, weights: { da: 0.5 } },
  // æ typed as "ae" ("vaere", "faerre"); English has it only in a few learned words.
  { pattern: /ae/, weights: { da: 0.3 } },
  { pattern: /lig(t|a|e)?$/, weights: { sv: 0.3, da: 0.3 }, minLength: 5 },
  { pattern: /^[bdfghkmpstv]j/, weights: { sv: 0.5, da: 0.5 } },
  { pattern: /kv/, weights: { sv: 0.3, da: 0.3 } },
  { pattern: /a$/, weights: { sv: 0.3 }, minLength: 4 },
  { pattern: /th|wh/, weights: { en: 0.5 } },
  { pattern: /w/, weights: { en: 0.3 } },
  { pattern: /ph|qu/, weights: { en: 0.5 } },
  { pattern: /c[eiy]/, weights: { en: 0.2 } },
  { pattern: /ou|ee|oo/, weights: { en: 0.4 } },
  { pattern: /ly$/, weights: { en: 0.5 }, minLength: 4 },
  { pattern: /(ness|ful|ies)$/, weights: { en: 0.6 }, minLength: 5 },
  { pattern: /[^h]ed$/, weights: { en: 0.4 }, minLength: 5 },
  { pattern: /[^aeiouyl]y$/, weights: { en: 0.4 }, minLength: 4 },
  { pattern: /'(s|t|re|ll|ve|m|d)$/, weights: { en: 1 } },
];

/** Words shared by all three that the endings would misread ("data" is no more Swedish). */
const NEUTRAL = new Set(["data", "extra", "media", "agenda", "pizza"]);

/**
 * What a word's spelling tells, added into `into`: `weight` scales it (a name's letters say
 * little about the language around it).
 */
export function addSpellingCues(
  word: string,
  weight: number,
  into: Record<Language, number>,
): void {
  if (NEUTRAL.has(word)) return;
  for (const cue of CUES) {
    if (word.length < (cue.minLength ?? 0) || !cue.pattern.test(word)) continue;
    for (const [language, value] of Object.entries(cue.weights) as [Language, number][]) {
      into[language] += value * weight;
    }
  }
}
