import { votesIn } from "../actions/action-text";
import { answerContext, answersOf } from "../actions/answers";
import type { Language } from "../lexicon/lane-words";
import type { Journey } from "../model/journey";
import { SUMMARY_WORDS } from "../summary/summary-words";
import { oneLine } from "../text/one-line";
import { groupSimilar } from "../text/similar-text";
import { storyPersona } from "./story-persona";

const WORDS: Record<
  Language,
  {
    persona: string;
    fromPain: (persona: string, stage: string, pain: string) => string;
    fromIdea: (persona: string, stage: string, idea: string, pain: string | null) => string;
  }
> = {
  en: {
    persona: "a customer",
    fromPain: (p, s, pain) =>
      `As ${p} in ${s}, I want to get past “${pain}” so that ${s} works for me.`,
    fromIdea: (p, s, idea, pain) =>
      `As ${p} in ${s}, I want “${idea}” so that ${pain ? `“${pain}” no longer gets in my way` : `${s} works better for me`}.`,
  },
  sv: {
    persona: "kund",
    fromPain: (p, s, pain) =>
      `Som ${p} i ${s} vill jag slippa ”${pain}” så att ${s} fungerar för mig.`,
    fromIdea: (p, s, idea, pain) =>
      `Som ${p} i ${s} vill jag ha ”${idea}” så att ${pain ? `”${pain}” inte längre står i vägen` : `${s} fungerar bättre för mig`}.`,
  },
  da: {
    persona: "kunde",
    fromPain: (p, s, pain) => `Som ${p} i ${s} vil jeg undgå ”${pain}”, så ${s} virker for mig.`,
    fromIdea: (p, s, idea, pain) =>
      `Som ${p} i ${s} vil jeg have ”${idea}”, så ${pain ? `”${pain}” ikke længere står i vejen` : `${s} virker bedre for mig`}.`,
  },
};

/** One user story, with the stage and where it came from. */
export interface UserStory {
  stage: number;
  from: "pain" | "opportunity";
  story: string;
}

/**
 * User stories ("As <persona> in <stage> I want … so that …") from the opportunities and the
 * pains no opportunity answers yet, for when a story passes on what was learnt better than a map.
 */
export function userStories(journey: Journey, language: Language): UserStory[] {
  const w = WORDS[language];
  // One story per line, so each note's line breaks end here.
  const persona = storyPersona(oneLine(journey.header.persona ?? ""), language) || w.persona;
  const text = new Map(journey.notes.map((n) => [n.id, oneLine(n.text)]));
  const stories: UserStory[] = [];
  const context = answerContext(journey);
  journey.stages.forEach((stage, index) => {
    const name = oneLine(stage.title ?? SUMMARY_WORDS[language].stage(index));
    const textOf = (p: { noteId: string }) => text.get(p.noteId) ?? "";
    // A "+1" votes for a note beside it; it is no pain or idea to write a story of.
    const of = (lane: "pain" | "opportunity") =>
      groupSimilar(
        journey.placements.filter(
          (p) => p.stage === index && p.lane === lane && !votesIn(textOf(p)),
        ),
        textOf,
      );
    const pains = of("pain");
    const ideas = of("opportunity");
    const answered = new Set<string>();
    for (const idea of ideas) {
      const noteIds = idea.members.map((m) => m.noteId);
      const answers = answersOf({ text: idea.text, stage: index, noteIds }, context);
      for (const answer of answers) answered.add(oneLine(answer));
      stories.push({
        stage: index,
        from: "opportunity",
        story: w.fromIdea(persona, name, idea.text, answers[0] ? oneLine(answers[0]) : null),
      });
    }
    for (const pain of pains) {
      if (answered.has(pain.text)) continue;
      stories.push({ stage: index, from: "pain", story: w.fromPain(persona, name, pain.text) });
    }
  });
  return stories;
}
