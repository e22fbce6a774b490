import { LANE_KINDS, type LaneKind } from "../model/lane-kind";
import { labelTokens } from "./label-tokens";
import { FILLER_WORDS, LANE_WORDS, type Language } from "./lane-words";

/** One lexicon phrase as stems, with the lane kind and language it names. */
export interface LanePhrase {
  kind: LaneKind;
  language: Language;
  stems: readonly string[];
}

/** Shortest stem that may stand inside a compound word ("kund|känslor", "möjlighets|områden"). */
export const MIN_COMPOUND_PART = 5;

/**
 * The lexicon compiled once: single stems by exact lookup, longer phrases for a scan, and each
 * phrase's joined form ("painpoints") for labels that write it as one compound word.
 */
export class LaneLexicon {
  readonly byStem = new Map<string, LanePhrase[]>();
  readonly phrases: LanePhrase[] = [];
  readonly compoundParts: LanePhrase[] = [];
  readonly fillers: ReadonlySet<string>;

  constructor(words = LANE_WORDS, fillers = FILLER_WORDS) {
    for (const kind of LANE_KINDS) {
      for (const [language, list] of Object.entries(words[kind]) as [Language, string[]][]) {
        for (const text of list) this.add({ kind, language, stems: labelTokens(text) });
      }
    }
    this.fillers = new Set(fillers.flatMap((word) => labelTokens(word)));
  }

  private add(phrase: LanePhrase): void {
    if (phrase.stems.length > 1) {
      this.phrases.push(phrase);
      this.add({ ...phrase, stems: labelTokens(phrase.stems.join("")) });
      return;
    }
    const stem = phrase.stems[0];
    if (stem === undefined) return;
    const known = this.byStem.get(stem) ?? [];
    if (!known.some((p) => p.kind === phrase.kind && p.language === phrase.language)) {
      known.push(phrase);
    }
    this.byStem.set(stem, known);
    if (stem.length >= MIN_COMPOUND_PART) this.compoundParts.push(phrase);
  }
}
