import type { Language } from "../lexicon/lane-words";
import { counted } from "../text/counted";

/** What the summaries write, in each language. */
export interface SummaryWords {
  /** The headline: the stage, its pains already counted ({@link SummaryWords.pains}), its feeling. */
  hotspot: (stage: string, pains: string, feeling: string) => string;
  topPain: (pain: string) => string;
  noPains: string;
  feelingsAt: (score: string) => string;
  stage: (index: number) => string;
  pains: (count: number) => string;
  onlyProblems: (stages: string) => string;
  suggestion: (pain: string, stage: string) => string;
  decimal: string;
}

const number = (value: number, decimal: string) => value.toFixed(1).replace(".", decimal);

export const SUMMARY_WORDS: Record<Language, SummaryWords> = {
  en: {
    hotspot: (stage, pains, feeling) => `Hotspot: ${stage}, ${pains}${feeling}.`,
    topPain: (pain) => ` Top pain: “${pain}”.`,
    noPains: "No pain points on the board yet.",
    feelingsAt: (score) => `, feelings at ${score}`,
    stage: (index) => `Stage ${index + 1}`,
    pains: (count) => counted(count, "pain point", "pain points"),
    onlyProblems: (stages) => `Only problems, no solutions yet: ${stages}.`,
    suggestion: (pain, stage) => `Suggestion: find a way to address “${pain}” in ${stage}`,
    decimal: ".",
  },
  sv: {
    hotspot: (stage, pains, feeling) => `Hotspot: ${stage}, ${pains}${feeling}.`,
    topPain: (pain) => ` Största smärtpunkt: ”${pain}”.`,
    noPains: "Inga smärtpunkter på tavlan än.",
    feelingsAt: (score) => `, känslor på ${score}`,
    stage: (index) => `Fas ${index + 1}`,
    pains: (count) => counted(count, "smärtpunkt", "smärtpunkter"),
    onlyProblems: (stages) => `Bara problem, inga lösningar än: ${stages}.`,
    suggestion: (pain, stage) => `Förslag: hitta ett sätt att lösa ”${pain}” i ${stage}`,
    decimal: ",",
  },
  da: {
    hotspot: (stage, pains, feeling) => `Hotspot: ${stage}, ${pains}${feeling}.`,
    topPain: (pain) => ` Største smertepunkt: ”${pain}”.`,
    noPains: "Ingen smertepunkter på tavlen endnu.",
    feelingsAt: (score) => `, følelser på ${score}`,
    stage: (index) => `Fase ${index + 1}`,
    pains: (count) => counted(count, "smertepunkt", "smertepunkter"),
    onlyProblems: (stages) => `Kun problemer, ingen løsninger endnu: ${stages}.`,
    suggestion: (pain, stage) => `Forslag: find en måde at løse ”${pain}” i ${stage}`,
    decimal: ",",
  },
};

/** An emotion score as the language writes it: "+1.5", "−0,5". */
export function scoreText(score: number, language: Language): string {
  const sign = score > 0 ? "+" : score < 0 ? "−" : "";
  return `${sign}${number(Math.abs(score), SUMMARY_WORDS[language].decimal)}`;
}
