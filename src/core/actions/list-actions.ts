import type { Language } from "../lexicon/lane-words";
import type { Journey, Placement } from "../model/journey";
import type { Note } from "../model/note";
import { journeyLanguage } from "../summary/journey-language";
import { SUMMARY_WORDS } from "../summary/summary-words";
import { oneLine } from "../text/one-line";
import { groupSimilar } from "../text/similar-text";
import { stableHash } from "../text/stable-hash";
import {
  ACTIONS_SCHEMA_VERSION,
  type Action,
  type ActionList,
  type Priority,
} from "./action-schema";
import { readActionText, votesIn } from "./action-text";
import { answerContext, answersOf, painsOf } from "./answers";

const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
/** Votes that make an action urgent, or worth doing soon, when no priority is written. */
const HIGH_VOTES = 3;
const MEDIUM_VOTES = 2;

/**
 * The journey's actions: every action-lane note (planned) and opportunity (idea), near-duplicates
 * and +1 notes counted as votes, with owner, due date and priority read off the note and the
 * pains it answers where the board shows it (`answersOf`); and for each stage without a planned
 * action where a pain has no action answering it, one suggested action for the most written such
 * pain, marked as a suggestion.
 */
export function listActions(journey: Journey, language?: Language): ActionList {
  const lang = language ?? journeyLanguage(journey);
  const words = SUMMARY_WORDS[lang];
  const notes = new Map(journey.notes.map((n) => [n.id, n]));
  const textOf = (p: Placement) => notes.get(p.noteId)?.text.trim() ?? "";
  // Titles go into trackers' one-line fields, so a note's line breaks end here.
  const stageTitle = (stage: number | null) =>
    stage === null ? null : oneLine(journey.stages[stage]?.title ?? words.stage(stage));
  const context = answerContext(journey);

  const actions: Action[] = [];
  const stages = [...new Set(journey.placements.map((p) => p.stage))];
  for (const stage of stages) {
    for (const [lane, status] of [
      ["action", "planned"],
      ["opportunity", "idea"],
    ] as const) {
      const here = journey.placements.filter((p) => p.stage === stage && p.lane === lane);
      const voteNotes = here.filter((p) => votesIn(textOf(p)) > 0);
      const groups = groupSimilar(
        here.filter((p) => votesIn(textOf(p)) === 0),
        textOf,
      );
      const found = groups.map((group) => {
        const marks = readActionText(group.text);
        const noteIds = group.members.map((m) => m.noteId).sort();
        return {
          id: `act-${stableHash(noteIds[0] as string)}`,
          title: marks.title,
          status,
          stage,
          stageTitle: stageTitle(stage),
          answers: answersOf({ text: group.text, stage, noteIds }, context),
          owner: marks.owner,
          due: marks.due,
          priority: marks.priority,
          // Dots and stamps on the notes count as well as near-duplicates and +1 notes.
          votes: group.count + noteIds.reduce((sum, id) => sum + (notes.get(id)?.votes ?? 0), 0),
          noteIds,
        } satisfies Action;
      });
      // A +1 note votes for the action written nearest to it.
      for (const vote of voteNotes) {
        const target = nearest(found, notes.get(vote.noteId), notes);
        if (!target) continue;
        target.votes += votesIn(textOf(vote));
        target.noteIds.push(vote.noteId);
      }
      for (const action of found) {
        if (action.priority === null && action.votes >= HIGH_VOTES) action.priority = "high";
        else if (action.priority === null && action.votes >= MEDIUM_VOTES)
          action.priority = "medium";
      }
      actions.push(...found);
    }
  }

  for (const [index] of journey.stages.entries()) {
    const planned = actions.some((a) => a.stage === index && a.status === "planned");
    if (planned) continue;
    // An idea that answers a pain already speaks for it: the suggestion takes the most written
    // pain that nothing answers yet, and a stage whose every pain is answered gets none.
    const answered = new Set(actions.filter((a) => a.stage === index).flatMap((a) => a.answers));
    const pain = painsOf(context, index).find((p) => !answered.has(p.text))?.text;
    if (pain === undefined) continue;
    actions.push({
      id: `sug-${stableHash(`${index}:${pain}`)}`,
      title: words.suggestion(oneLine(pain), stageTitle(index) as string),
      status: "suggested",
      stage: index,
      stageTitle: stageTitle(index),
      // A suggestion is made from one pain: that is the pain it answers.
      answers: [pain],
      owner: null,
      due: null,
      priority: null,
      votes: 0,
      noteIds: [],
    });
  }

  actions.sort(
    (a, b) =>
      (a.stage ?? Number.MAX_SAFE_INTEGER) - (b.stage ?? Number.MAX_SAFE_INTEGER) ||
      statusRank(a) - statusRank(b) ||
      (a.priority ? PRIORITY_ORDER[a.priority] : 3) -
        (b.priority ? PRIORITY_ORDER[b.priority] : 3) ||
      b.votes - a.votes,
  );
  return { schemaVersion: ACTIONS_SCHEMA_VERSION, language: lang, actions };
}

function statusRank(action: Action): number {
  return action.status === "planned" ? 0 : action.status === "idea" ? 1 : 2;
}

function nearest(
  actions: readonly Action[],
  vote: Note | undefined,
  notes: ReadonlyMap<string, Note>,
): Action | undefined {
  if (!vote) return actions[0];
  let best: { action: Action; distance: number } | undefined;
  for (const action of actions) {
    for (const id of action.noteIds) {
      const note = notes.get(id);
      if (!note) continue;
      const distance = Math.hypot(note.x - vote.x, note.y - vote.y);
      if (!best || distance < best.distance) best = { action, distance };
    }
  }
  return best?.action;
}
