import type { LaneKind } from "../model/lane-kind";

/** The words one language gives the lexicon. */
export interface LanguageWords {
  /**
   * How facilitators title lanes, per kind, widened with close synonyms. Phrases are compared
   * by word stems, so plurals and definite forms need not be listed; the longest phrase that
   * matches wins, which is how "Next steps" (action) beats "steps" (step) and "Customer
   * actions" (step) beats "actions" (action).
   */
  lanes: Record<LaneKind, readonly string[]>;
  /**
   * Activities that mean what the organisation will do on their own ("Actions", "Aktiviteter",
   * "Handlinger") but the customer's steps when a customer word qualifies them.
   */
  activities: readonly string[];
  /** Words for the customer, in every form that qualifies an activity or heads a compound. */
  customers: readonly string[];
  /** Words that neither name a lane nor count against a label that does ("Customer feelings"). */
  fillers: readonly string[];
  /** Question words and pronouns for the persona ("what", "they"): they make a label a question. */
  asking: {
    questions: readonly string[];
    persons: readonly string[];
    /** Helping verbs right after a question word ("What does", "How do"): not the verb asked. */
    auxiliaries: readonly string[];
  };
  /**
   * Verbs that name a lane only in a question about the persona ("What does the guest do?",
   * "Hvad siger kunden?"): on their own they are ordinary words.
   */
  personaVerbs: Partial<Record<LaneKind, readonly string[]>>;
  /** Verbs that name a lane in any question ("Hvordan måler vi det?"). */
  questionVerbs: Partial<Record<LaneKind, readonly string[]>>;
}
