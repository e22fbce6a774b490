import { noVotes, textLanguageScores, type WordMemo } from "./detect-language-text";
import type { Language } from "./lane-words";
import { recogniseLane } from "./recognise-lane";

/** The language a board's words are written in, and how sure the reading is. */
export interface LanguageReading {
  language: Language;
  /** 0 when nothing told (English, by default); towards 1 as more texts agree. */
  confidence: number;
  /** The votes each language got: at most one per note, half one per title or label. */
  votes: Record<Language, number>;
}

/** What a board says, in the parts its language is read from. */
export interface LanguageEvidence {
  /** Lane labels: read as lane names, whose wording has a language, else by their words. */
  labels?: readonly (string | null)[];
  /** Stage titles and the header: read by their words. */
  titles?: readonly (string | null)[];
  /** The team's notes: read by their words. */
  texts?: readonly (string | null)[];
}

/** A board of 40 000 notes is read from an even sample of its texts, not all of them. */
const MAX_TEXTS = 2000;
/** The words of one text weighing this much cast its whole vote; fewer, part of it. */
const FULL_VOTE = 2;
/** Languages this close to a text's best share its vote: "Det som kan" is sv or da alike. */
const TIE = 0.5;
/**
 * A title or a label counts half a note: a team that writes its notes in Danish under a
 * template's English titles wants its report in Danish.
 */
const TITLE_VOTE = 0.5;
/** With this many votes cast, the reading is as sure as the votes' agreement. */
const SURE_VOTES = 5;
const LANGUAGES: readonly Language[] = ["en", "sv", "da"];
const TIE_ORDER: readonly Language[] = ["da", "sv", "en"];

/**
 * Reads which of English, Swedish and Danish a board is written in from the words of its notes,
 * stage titles and lane labels: each text votes for the language its words (function words,
 * frequent words, spellings and letters) tell most, so the language of most texts wins, however
 * long each is; a lane label votes for the language of the wording it is recognised in. English
 * when nothing tells.
 */
export function detectLanguage(evidence: LanguageEvidence): LanguageReading {
  const votes = noVotes();
  const words = noVotes();
  const memo: WordMemo = new Map();
  const vote = (text: string, share: number) => {
    const scores = textLanguageScores(text, memo);
    const best = Math.max(scores.en, scores.sv, scores.da);
    if (best <= 0) return;
    const tied = LANGUAGES.filter((l) => scores[l] > 0 && scores[l] >= best - TIE);
    const total = scores.en + scores.sv + scores.da;
    const weight = (share * Math.min(1, total / FULL_VOTE)) / tied.length;
    for (const language of tied) votes[language] += weight;
    for (const language of LANGUAGES) words[language] += scores[language];
  };
  for (const label of evenSample(evidence.labels ?? [])) {
    const read = recogniseLane(label);
    // A wording all three share ("KPI", "App") leaves the label to its words.
    if (!read || read.languages.length === LANGUAGES.length) vote(label, TITLE_VOTE);
    else for (const l of read.languages) votes[l] += TITLE_VOTE / read.languages.length;
  }
  for (const title of evenSample(evidence.titles ?? [])) vote(title, TITLE_VOTE);
  for (const text of evenSample(evidence.texts ?? [])) vote(text, 1);

  const total = votes.en + votes.sv + votes.da;
  if (total === 0) return { language: "en", confidence: 0, votes };
  // Equal votes go to the language with more word evidence; a board whose words tie Swedish
  // and Danish has no å, ä, ö, æ or ø to tell, which Danish boards lack more often.
  const [best, second] = [...TIE_ORDER].sort(
    (a, b) => votes[b] - votes[a] || words[b] - words[a],
  ) as [Language, Language, Language];
  const agreement = (votes[best] - votes[second]) / total;
  return {
    language: best,
    confidence: round(agreement * Math.min(1, total / SURE_VOTES)),
    votes,
  };
}

/** At most MAX_TEXTS of the texts, spread evenly over them; empty ones left out. */
function evenSample(texts: readonly (string | null)[]): string[] {
  const step = Math.max(1, texts.length / MAX_TEXTS);
  const sample: string[] = [];
  for (let at = 0; at < texts.length; at += step) {
    const text = texts[Math.floor(at)];
    if (text) sample.push(text);
  }
  return sample;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
