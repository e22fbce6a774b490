import type { LaneLexicon, LanePhrase } from "./lane-lexicon";

/** The lane phrases a word at a position names as a verb, if it does. */
export type VerbReading = (stem: string, at: number) => readonly LanePhrase[] | undefined;

/**
 * The lane a verb names in this label, which must be a question: "do" in one about the persona
 * ("What does the guest do?", another word than the verb naming who), "måler" in any.
 */
export function laneVerbs(
  stems: readonly string[],
  lexicon: LaneLexicon,
  label: string,
): VerbReading {
  const persons = stems.flatMap((stem, at) => (lexicon.persons.has(stem) ? [at] : []));
  const question = label.includes("?") || stems.some((stem) => lexicon.questions.has(stem));
  return (stem, at) => {
    const helping = lexicon.auxiliaries.has(stem) && lexicon.questions.has(stems[at - 1] ?? "");
    if (helping) return undefined;
    if (!question) return undefined;
    const forPersona = persons.some((p) => p !== at) ? lexicon.personaVerbs.get(stem) : undefined;
    return forPersona ?? lexicon.questionVerbs.get(stem);
  };
}
