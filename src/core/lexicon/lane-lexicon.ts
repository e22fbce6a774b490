import { LANE_KINDS, type LaneKind } from "../model/lane-kind";
import { labelTokens, stemOf } from "./label-tokens";
import { LANE_STEMS } from "./lane-stems";
import {
  ACTIVITY_WORDS,
  AUXILIARY_WORDS,
  COMPOUND_HEADS,
  CUSTOMER_WORDS,
  FILLER_WORDS,
  LANE_WORDS,
  type Language,
  PERSON_WORDS,
  PERSONA_VERBS,
  QUESTION_VERBS,
  QUESTION_WORDS,
} from "./lane-words";
import { NON_LANE_PHRASES } from "./non-lane-phrases";

/** One lexicon phrase as stems, with the lane kind and language it names. */
export interface LanePhrase {
  kind: LaneKind;
  language: Language;
  stems: readonly string[];
}

/** Letters Swedish and Danish put between the parts of a compound ("möjlighet|s|områden"). */
const LINKING = ["s", "e"];

/**
 * The lexicon compiled once: single stems by exact lookup, longer phrases by their first stem,
 * each phrase's joined form ("painpoints") for labels that write it as one word, and the
 * customer-qualified activities as steps.
 */
export class LaneLexicon {
  readonly byStem = new Map<string, LanePhrase[]>();
  readonly phrasesByFirst = new Map<string, LanePhrase[]>();
  readonly fillers: ReadonlySet<string>;
  /** Phrases that name no lane though their words do ("Design thinking"), by first stem. */
  readonly nonLaneByFirst = new Map<string, (readonly string[])[]>();
  /** Who a question is about ("kunden", "they") and the words that ask ("what", "hvordan"). */
  readonly persons: ReadonlySet<string>;
  readonly questions: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  /** Verbs that name a lane in a question about the persona, and in any question. */
  readonly personaVerbs: ReadonlyMap<string, LanePhrase[]>;
  readonly questionVerbs: ReadonlyMap<string, LanePhrase[]>;
  /** Every stem of either kind of verb, to skip the verbs' reading for labels without one. */
  readonly verbs: ReadonlySet<string>;
  /** Word beginnings per lane, longest first, for words that match no whole word. */
  private readonly beginnings: { start: string; phrase: LanePhrase }[] = [];
  /**
   * The phrases of two or more stems added so far, by kind, language and stems: every customer
   * word pairs with every activity, and scanning the lists for repeats made each start slower.
   */
  private readonly phraseKeys = new Set<string>();
  private readonly modifiers: readonly string[];
  private readonly heads: readonly string[];

  constructor() {
    for (const kind of LANE_KINDS) {
      for (const [language, list] of Object.entries(LANE_WORDS[kind]) as [Language, string[]][]) {
        for (const text of list) this.add({ kind, language, stems: labelTokens(text) });
      }
    }
    const customers = unique(CUSTOMER_WORDS.flatMap((word) => labelTokens(word)));
    for (const [language, words] of Object.entries(ACTIVITY_WORDS) as [Language, string[]][]) {
      for (const activity of words.flatMap((word) => labelTokens(word))) {
        for (const customer of customers) {
          this.add({ kind: "step", language, stems: [customer, activity] });
          this.add({ kind: "step", language, stems: [activity, customer] });
        }
      }
    }
    this.fillers = new Set(FILLER_WORDS.flatMap((word) => labelTokens(word)));
    this.modifiers = customers;
    this.heads = unique(COMPOUND_HEADS.flatMap((word) => labelTokens(word)));
    for (const text of NON_LANE_PHRASES) {
      const stems = labelTokens(text);
      const first = stems[0];
      if (first === undefined) continue;
      this.nonLaneByFirst.set(first, [...(this.nonLaneByFirst.get(first) ?? []), stems]);
    }
    for (const kind of LANE_KINDS) {
      for (const [language, list] of Object.entries(LANE_STEMS[kind] ?? {}) as [
        Language,
        string[],
      ][]) {
        for (const start of list) {
          this.beginnings.push({ start, phrase: { kind, language, stems: [start] } });
        }
      }
    }
    this.beginnings.sort((a, b) => b.start.length - a.start.length);
    this.persons = new Set(PERSON_WORDS.flatMap((word) => labelTokens(word)));
    this.questions = new Set(QUESTION_WORDS.flatMap((word) => labelTokens(word)));
    this.auxiliaries = new Set(AUXILIARY_WORDS.flatMap((word) => labelTokens(word)));
    this.personaVerbs = verbsByStem(PERSONA_VERBS);
    this.questionVerbs = verbsByStem(QUESTION_VERBS);
    this.verbs = new Set([...this.personaVerbs.keys(), ...this.questionVerbs.keys()]);
  }

  /**
   * The lane phrases a word names by its beginning ("frustrerande", "förbättra"): those of the
   * longest matching beginning, in every language that lists it.
   */
  beginning(stem: string): LanePhrase[] {
    let length = 0;
    const found: LanePhrase[] = [];
    for (const { start, phrase } of this.beginnings) {
      if (start.length < length) break;
      if (stem.startsWith(start)) {
        length = start.length;
        found.push(phrase);
      }
    }
    return found;
  }

  /** Phrases of two or more stems that start with this stem. */
  phrasesFrom(stem: string): readonly LanePhrase[] {
    return this.phrasesByFirst.get(stem) ?? [];
  }

  /**
   * Reads one word as a compound of a lane word and a known partner: "Kund|känslor" (a customer
   * word before it) or "Möjlighets|områden" (an area word after it). Only known partners count,
   * so that "Behandling" is not read as "handling".
   */
  compound(stem: string): { phrases: readonly LanePhrase[]; head: boolean } | null {
    for (const modifier of this.modifiers) {
      if (!stem.startsWith(modifier)) continue;
      const found = this.lookUp(unlinked(stem.slice(modifier.length), "start"));
      if (found) return { phrases: found, head: true };
    }
    for (const head of this.heads) {
      if (!stem.endsWith(head)) continue;
      const found = this.lookUp(unlinked(stem.slice(0, -head.length), "end"));
      if (found) return { phrases: found, head: false };
    }
    return null;
  }

  private lookUp(part: string): LanePhrase[] | undefined {
    if (part.length < 3) return undefined;
    return this.byStem.get(part) ?? this.byStem.get(stemOf(part));
  }

  private add(phrase: LanePhrase): void {
    if (phrase.stems.length > 1) {
      const first = phrase.stems[0] as string;
      const key = `${phrase.kind} ${phrase.language} ${phrase.stems.join(" ")}`;
      if (!this.phraseKeys.has(key)) {
        this.phraseKeys.add(key);
        const known = this.phrasesByFirst.get(first) ?? [];
        known.push(phrase);
        this.phrasesByFirst.set(first, known);
      }
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
  }
}

function verbsByStem(
  verbs: Record<Language, Partial<Record<LaneKind, readonly string[]>>>,
): Map<string, LanePhrase[]> {
  const byStem = new Map<string, LanePhrase[]>();
  for (const [language, kinds] of Object.entries(verbs) as [Language, typeof verbs.en][]) {
    for (const [kind, words] of Object.entries(kinds) as [LaneKind, string[]][]) {
      for (const stem of words.flatMap((word) => labelTokens(word))) {
        byStem.set(stem, [...(byStem.get(stem) ?? []), { kind, language, stems: [stem] }]);
      }
    }
  }
  return byStem;
}

function unlinked(part: string, side: "start" | "end"): string {
  const letter = LINKING.find((l) => (side === "start" ? part.startsWith(l) : part.endsWith(l)));
  if (!letter || part.length <= 3) return part;
  return side === "start" ? part.slice(1) : part.slice(0, -1);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
