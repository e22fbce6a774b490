import type { Journey, Placement } from "../model/journey";
import type { Note } from "../model/note";
import { groupSimilar } from "../text/similar-text";
import { votesIn } from "./action-text";
import { namesPain, painNumber, referencesIn } from "./answer-reference";
import { type IsTheme, journeyThemes } from "./answer-themes";
import { meaningfulWords, sameWord, sharedWords, type Word } from "./answer-words";

/** The pains an action lists, at most. */
const MOST_ANSWERS = 3;
/**
 * What each kind of evidence weighs. A connector drawn between the two notes, and a reference
 * written on the action, say it outright; shared words say it for each word shared, up to two.
 * A word the whole journey uses (`journeyThemes`) only tells apart pains that share another
 * word too. Standing right below a pain says it least, since a grid puts every action under
 * some pain: it is heard only where nothing else speaks, and then names that one pain alone.
 */
export const EVIDENCE = { connector: 8, reference: 8, word: 2, themeWord: 1 } as const;
const MOST_WORDS = 2;

/** A pain as written in one stage, its near-duplicates as one. */
export interface Pain {
  text: string;
  /** How often it was written. */
  count: number;
  stage: number;
  noteIds: string[];
  words: Word[];
  number: string | null;
}

/** An action as the evidence reads it: its text, its stage, and the notes written for it. */
export interface ActionNotes {
  text: string;
  stage: number | null;
  noteIds: readonly string[];
}

/** What the answers of a journey's actions are read from. */
export interface AnswerContext {
  pains: Pain[];
  /** Where each stage's pains are in `pains`: an action's words are weighed against these alone. */
  stagePains: ReadonlyMap<number, readonly number[]>;
  notes: ReadonlyMap<string, Note>;
  vertical: boolean;
  isTheme: IsTheme;
}

/**
 * Each stage's pains, near-duplicates as one and most written first, stage by stage; a +1 note
 * among them is a vote, not a pain.
 */
export function answerContext(journey: Journey): AnswerContext {
  const notes = new Map(journey.notes.map((n) => [n.id, n]));
  const textOf = (p: Placement) => notes.get(p.noteId)?.text.trim() ?? "";
  const byStage = new Map<number, Placement[]>();
  for (const p of journey.placements) {
    if (p.lane !== "pain" || p.stage === null || votesIn(textOf(p))) continue;
    const list = byStage.get(p.stage);
    if (list) list.push(p);
    else byStage.set(p.stage, [p]);
  }
  const pains = [...byStage]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([stage, placed]) =>
      groupSimilar(placed, textOf).map((group) => ({
        text: group.text,
        count: group.count,
        stage,
        noteIds: group.members.map((m) => m.noteId),
        words: meaningfulWords(group.text),
        number: painNumber(group.text),
      })),
    );
  const stagePains = new Map<number, number[]>();
  pains.forEach((pain, index) => {
    const list = stagePains.get(pain.stage);
    if (list) list.push(index);
    else stagePains.set(pain.stage, [index]);
  });
  return {
    pains,
    stagePains,
    notes,
    vertical: journey.orientation === "vertical",
    isTheme: journeyThemes(journey),
  };
}

/** A stage's pains, most written first. */
export function painsOf(context: AnswerContext, stage: number | null): Pain[] {
  const indices = stage === null ? undefined : context.stagePains.get(stage);
  return (indices ?? []).map((index) => context.pains[index] as Pain);
}

/**
 * The pains an action answers, strongest evidence first, then the most written; at most three,
 * none without evidence. Evidence (weights in `EVIDENCE`, summed per pain):
 * - a connector drawn between one of the action's notes and one of the pain's, in any stage;
 * - the action naming the pain (quoted, after `re:`/`→`, or by its number; see `referencesIn`),
 *   in any stage;
 * - meaningful words shared with a pain of the same stage (stems and compounds, stop words out),
 *   of which one at least is not the whole journey's theme (a theme word only tells apart pains
 *   sharing another word); of the pains only words name, those sharing the most are listed
 *   ("Router delivered before the move" answers "The router arrived after the move", not "The
 *   guide is for an old router");
 * - only where none of these names a pain, its place: in the same stage, an action note
 *   overlapping, across the stage, at least half the width of one pain's note and of no other
 *   pain's (the note written right under the pain in its column; to its side in a journey
 *   running down). Being in the same stage alone is no evidence: every action of a grid is in
 *   some stage's cell below its pains.
 */
export function answersOf(action: ActionNotes, context: AnswerContext): string[] {
  const words = meaningfulWords(action.text);
  const references = referencesIn(action.text);
  const linked = new Set(action.noteIds.flatMap((id) => context.notes.get(id)?.links ?? []));
  const scored: { pain: Pain; score: number; order: number; said: boolean }[] = [];
  const themeOnly = new Set<Pain>();
  // Words speak within the action's stage; a connector or a reference may name any pain.
  const named = linked.size > 0 || references.names.length > 0 || references.numbers.length > 0;
  const own = action.stage === null ? [] : (context.stagePains.get(action.stage) ?? []);
  const weighed = named ? context.pains.map((_, index) => index) : own;
  for (const order of weighed) {
    const pain = context.pains[order] as Pain;
    let score = 0;
    if (pain.noteIds.some((id) => linked.has(id))) score += EVIDENCE.connector;
    const byName = references.names.some((name) => namesPain(name, pain.text));
    if (byName || (pain.number !== null && references.numbers.includes(pain.number))) {
      score += EVIDENCE.reference;
    }
    const said = score > 0;
    if (pain.stage === action.stage) {
      const evidence = wordEvidence(words, pain.words, context.isTheme);
      if (evidence.themeOnly) themeOnly.add(pain);
      score += evidence.weight;
    }
    if (score > 0) scored.push({ pain, score, order, said });
  }
  if (scored.length === 0 && action.stage !== null) {
    // Sharing the journey's theme with some pains says it is about one of those: its place
    // picks among them, and a pain elsewhere in its column is not taken.
    const under = painUnder(action, context);
    if (under && (themeOnly.size === 0 || themeOnly.has(under))) return [under.text];
  }
  const bestByWords = scored.reduce((best, s) => (s.said ? best : Math.max(best, s.score)), 0);
  const heard = scored.filter((s) => s.said || s.score === bestByWords);
  heard.sort((a, b) => b.score - a.score || b.pain.count - a.pain.count || a.order - b.order);
  // The same wording in two stages is one answer, as an answer is only its text.
  return [...new Set(heard.map((s) => s.pain.text))].slice(0, MOST_ANSWERS);
}

/**
 * What the words an action shares with a pain weigh: nothing where all are the journey's theme,
 * which `themeOnly` says, as its place may then pick only among such pains.
 */
function wordEvidence(
  words: readonly Word[],
  painWords: readonly Word[],
  isTheme: IsTheme,
): { weight: number; themeOnly: boolean } {
  const shared = sharedWords(words, painWords);
  // A compound holding the theme ("flyttguide" against "flytten") shares only the theme.
  const theme = (word: Word) =>
    isTheme(word) || painWords.filter((other) => sameWord(word, other)).every(isTheme);
  const themes = shared.filter(theme).length;
  const own = shared.length - themes;
  if (own === 0) return { weight: 0, themeOnly: themes > 0 };
  const weight =
    EVIDENCE.word * Math.min(MOST_WORDS, own) +
    EVIDENCE.themeWord * Math.min(MOST_WORDS - Math.min(MOST_WORDS, own), themes);
  return { weight, themeOnly: false };
}

/** The one pain of the action's stage whose note the action's notes stand in line with. */
function painUnder(action: ActionNotes, context: AnswerContext): Pain | null {
  const own = action.noteIds.flatMap((id) => context.notes.get(id) ?? []);
  const inLine = painsOf(context, action.stage).filter((pain) =>
    pain.noteIds.some((id) => {
      const painNote = context.notes.get(id);
      return painNote !== undefined && own.some((n) => inColumn(n, painNote, context.vertical));
    }),
  );
  return inLine.length === 1 ? (inLine[0] as Pain) : null;
}

/** Whether two notes overlap across the stage by half the narrower one, or more. */
function inColumn(a: Note, b: Note, vertical: boolean): boolean {
  const [centreA, sizeA, centreB, sizeB] = vertical
    ? [a.y, a.height, b.y, b.height]
    : [a.x, a.width, b.x, b.width];
  const overlap =
    Math.min(centreA + sizeA / 2, centreB + sizeB / 2) -
    Math.max(centreA - sizeA / 2, centreB - sizeB / 2);
  return sizeA > 0 && sizeB > 0 && overlap >= Math.min(sizeA, sizeB) / 2;
}
