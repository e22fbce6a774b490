const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

const MARKS = /\p{M}/gu;

/**
 * The form two notes are compared in: lower case, no emoji, punctuation or accents, single
 * spaces. "Lång väntetid!" and "lang  väntetid" (typed without å) meet here.
 */
export function matchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(EMOJI, " ")
    .replace(NOT_WORD, " ")
    .trim();
}

/** Letter pairs of a key, for the Dice similarity. */
function pairs(key: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < key.length - 1; i++) {
    const pair = key.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice similarity of two keys' letter pairs: 1 for the same text, near 1 for a typo apart. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** Texts this similar are one note written twice ("Lång väntetid", "Lang väntetid"). */
export const SAME_TEXT = 0.85;

/** A group of near-duplicate notes: the most common wording, and how often it was written. */
export interface TextGroup<T> {
  text: string;
  count: number;
  members: T[];
}

/**
 * Groups items whose texts are the same or nearly so, most frequent first (then first seen).
 * The group's text is the wording written most often, the first of them on a tie.
 */
export function groupSimilar<T>(items: readonly T[], textOf: (item: T) => string): TextGroup<T>[] {
  const groups: { key: string; members: T[]; wordings: Map<string, number> }[] = [];
  for (const item of items) {
    const text = textOf(item).trim();
    const key = matchKey(text);
    if (key === "") continue;
    const group = groups.find((g) => similarity(g.key, key) >= SAME_TEXT);
    if (group) {
      group.members.push(item);
      group.wordings.set(text, (group.wordings.get(text) ?? 0) + 1);
    } else {
      groups.push({ key, members: [item], wordings: new Map([[text, 1]]) });
    }
  }
  return groups
    .map((group, order) => {
      const [text] = [...group.wordings].reduce((best, next) => (next[1] > best[1] ? next : best));
      return { text, count: group.members.length, members: group.members, order };
    })
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ text, count, members }) => ({ text, count, members }));
}
