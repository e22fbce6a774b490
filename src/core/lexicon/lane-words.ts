import { LANE_KINDS, type LaneKind } from "../model/lane-kind";
import { DA_WORDS } from "./lane-words-da";
import { EN_WORDS } from "./lane-words-en";
import type { LanguageWords } from "./lane-words-shape";
import { SV_WORDS } from "./lane-words-sv";

/** The languages the panel, the templates and the lexicon speak. */
export type Language = "en" | "sv" | "da";

const WORDS: Record<Language, LanguageWords> = { en: EN_WORDS, sv: SV_WORDS, da: DA_WORDS };
const LANGUAGES = Object.keys(WORDS) as Language[];

/**
 * How facilitators title lanes, per kind and language (each language's words in a file of its
 * own). Bare "Actions", "Aktiviteter" and "Handlinger" mean what the organisation will do; the
 * customer-qualified forms are steps.
 */
export const LANE_WORDS: Record<LaneKind, Record<Language, readonly string[]>> = Object.fromEntries(
  LANE_KINDS.map((kind) => [
    kind,
    Object.fromEntries(LANGUAGES.map((language) => [language, WORDS[language].lanes[kind]])),
  ]),
) as Record<LaneKind, Record<Language, readonly string[]>>;

/**
 * Words for activities that mean what the organisation will do on their own but the customer's
 * steps when a customer word qualifies them ("Customer actions", "Aktiviteter (kund)").
 */
export const ACTIVITY_WORDS: Record<Language, readonly string[]> = {
  en: EN_WORDS.activities,
  sv: SV_WORDS.activities,
  da: DA_WORDS.activities,
};

/** Words for the customer, in every form that qualifies an activity or heads a compound. */
export const CUSTOMER_WORDS: readonly string[] = LANGUAGES.flatMap((l) => WORDS[l].customers);

/** Words that may follow a lane word in a compound: "Möjlighets|områden", "Känslo|kurva". */
export const COMPOUND_HEADS: readonly string[] = [
  "område",
  "områden",
  "områder",
  "omrade",
  "punkter",
  "kurva",
  "kurve",
  "curve",
  "lista",
  "liste",
  "list",
  "plan",
  "karta",
  "kort",
  "map",
  "zone",
];

/** Words that neither name a lane nor count against a label that does ("Customer feelings"). */
export const FILLER_WORDS: readonly string[] = [
  ...CUSTOMER_WORDS,
  ...LANGUAGES.flatMap((l) => [
    ...WORDS[l].fillers,
    ...WORDS[l].asking.questions,
    ...WORDS[l].asking.persons,
    // A verb that names no lane in this label still belongs to a question ("Vad vill kunden
    // uppnå?").
    ...Object.values(WORDS[l].personaVerbs).flat(),
    ...Object.values(WORDS[l].questionVerbs).flat(),
  ]),
];

/** Words that make a label a question: "what", "hur", "hvilke". */
export const QUESTION_WORDS: readonly string[] = LANGUAGES.flatMap(
  (l) => WORDS[l].asking.questions,
);

/** Helping verbs that follow a question word ("What does the guest do?"). */
export const AUXILIARY_WORDS: readonly string[] = LANGUAGES.flatMap(
  (l) => WORDS[l].asking.auxiliaries,
);

/** Words that name whom a question is about: the customer words and "they", "de". */
export const PERSON_WORDS: readonly string[] = [
  ...CUSTOMER_WORDS,
  ...LANGUAGES.flatMap((l) => WORDS[l].asking.persons),
];

/** Verbs that name a lane in a question about the persona ("What does the guest do?"). */
export const PERSONA_VERBS: Record<Language, Partial<Record<LaneKind, readonly string[]>>> = {
  en: EN_WORDS.personaVerbs,
  sv: SV_WORDS.personaVerbs,
  da: DA_WORDS.personaVerbs,
};

/** Verbs that name a lane in any question ("How do we measure it?"). */
export const QUESTION_VERBS: Record<Language, Partial<Record<LaneKind, readonly string[]>>> = {
  en: EN_WORDS.questionVerbs,
  sv: SV_WORDS.questionVerbs,
  da: DA_WORDS.questionVerbs,
};
