import { LANE_KINDS, type LaneKind } from "../model/lane-kind";
import { labelParts } from "./label-parts";
import { LaneLexicon, type LanePhrase } from "./lane-lexicon";
import { laneVerbs, type VerbReading } from "./lane-verbs";
import type { Language } from "./lane-words";

/** A label read as a lane kind. */
export interface LaneRecognition {
  kind: LaneKind;
  /** 1 for a label that is exactly a lexicon phrase; lower for compounds, extra words, ties. */
  confidence: number;
  /** The languages whose phrases matched; shared words ("Behov", "KPI") give several. */
  languages: Language[];
  /** Other kinds the label also names ("Thoughts & feelings"), best first. */
  alternatives: LaneKind[];
}

/** How well a word matched: whole, as the head of a compound, or as its first part. */
const EXACT = 1;
const COMPOUND_HEAD = 0.9;
const COMPOUND_MODIFIER = 0.75;
/** A word read by its beginning alone ("frustrerande", "thinking?"). */
const WORD_BEGINNING = 0.9;
/** A tie between two kinds leaves the reading in doubt. */
const TIE_PENALTY = 0.75;

interface KindScore {
  kind: LaneKind;
  languages: Set<Language>;
  covered: Map<number, number>;
  score: number;
  first: number;
}

const defaultLexicon = new LaneLexicon();

/**
 * Reads a lane label as facilitators write them, in English, Swedish or Danish. Returns null
 * for text that names no lane.
 */
export function recogniseLane(
  label: string,
  lexicon: LaneLexicon = defaultLexicon,
): LaneRecognition | null {
  const { stems, notesFrom } = labelParts(label);
  // Verbs name a lane only in a question that names it by no other word.
  const named = scoreKinds(stems, lexicon, null);
  const scores =
    named.length > 0 || !stems.some((stem) => lexicon.verbs.has(stem))
      ? named
      : scoreKinds(stems, lexicon, laneVerbs(stems, lexicon, label));
  const [best, second] = scores;
  if (!best) return null;

  // Words another kind claims still belong to a lane label ("Thoughts & feelings"); only
  // words no kind claims make the text look less like a label and more like a sentence.
  const claimed = (at: number) => scores.some((s) => s.covered.has(at));
  // A note on the label ("Next steps (owner + date)", "Problemer – hvad går galt?") does not
  // count against it once the label's own words name the lane.
  const ownWords = [...best.covered.keys()].some((at) => at < notesFrom);
  const counted = stems.filter(
    (stem, at) => claimed(at) || (!isFiller(stem, lexicon) && !(ownWords && at >= notesFrom)),
  );
  const quality = [...best.covered.values()].reduce((sum, q) => sum + q, 0) / best.covered.size;
  const share = stems.filter((_, at) => claimed(at)).length / Math.max(counted.length, 1);
  const tied = second !== undefined && second.score === best.score;
  return {
    kind: best.kind,
    confidence: round(quality * share * (tied ? TIE_PENALTY : 1)),
    languages: [...best.languages],
    alternatives: scores.slice(1).map((s) => s.kind),
  };
}

/** Numbers are not filler: "Steg 1" is a stage's name, not the steps lane. */
function isFiller(stem: string, lexicon: LaneLexicon): boolean {
  return lexicon.fillers.has(stem);
}

/** Kinds the label names, best first: most words covered, then earliest in the label. */
function scoreKinds(
  stems: readonly string[],
  lexicon: LaneLexicon,
  verbs: VerbReading | null,
): KindScore[] {
  const byKind = new Map<LaneKind, KindScore>();
  const cover = (phrase: LanePhrase, at: number, length: number, quality: number) => {
    const entry = byKind.get(phrase.kind) ?? {
      kind: phrase.kind,
      languages: new Set<Language>(),
      covered: new Map<number, number>(),
      score: 0,
      first: at,
    };
    for (let i = at; i < at + length; i++) {
      entry.covered.set(i, Math.max(entry.covered.get(i) ?? 0, quality));
    }
    entry.languages.add(phrase.language);
    entry.first = Math.min(entry.first, at);
    entry.score = [...entry.covered.values()].reduce((sum, q) => sum + q, 0);
    byKind.set(phrase.kind, entry);
  };

  const ordinary = nonLanePositions(stems, lexicon);
  stems.forEach((stem, at) => {
    if (ordinary.has(at)) return;
    for (const phrase of lexicon.phrasesFrom(stem)) {
      if (phrase.stems.every((part, i) => stems[at + i] === part && !ordinary.has(at + i))) {
        cover(phrase, at, phrase.stems.length, EXACT);
      }
    }
    const verb = verbs?.(stem, at);
    if (verb) {
      for (const phrase of verb) cover(phrase, at, 1, EXACT);
      return;
    }
    const exact = lexicon.byStem.get(stem);
    if (exact) {
      for (const phrase of exact) cover(phrase, at, 1, EXACT);
      return;
    }
    const compound = lexicon.compound(stem);
    if (compound) {
      for (const phrase of compound.phrases) {
        cover(phrase, at, 1, compound.head ? COMPOUND_HEAD : COMPOUND_MODIFIER);
      }
      return;
    }
    for (const phrase of lexicon.beginning(stem)) cover(phrase, at, 1, WORD_BEGINNING);
  });

  return [...byKind.values()].sort(
    (a, b) =>
      b.score - a.score ||
      a.first - b.first ||
      LANE_KINDS.indexOf(a.kind) - LANE_KINDS.indexOf(b.kind),
  );
}

/** Positions of words that belong to a phrase naming no lane ("Design thinking"). */
function nonLanePositions(stems: readonly string[], lexicon: LaneLexicon): Set<number> {
  const positions = new Set<number>();
  stems.forEach((stem, at) => {
    for (const phrase of lexicon.nonLaneByFirst.get(stem) ?? []) {
      if (!phrase.every((part, i) => stems[at + i] === part)) continue;
      for (let i = at; i < at + phrase.length; i++) positions.add(i);
    }
  });
  return positions;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
