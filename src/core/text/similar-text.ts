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
  return dice(pairs(a), a.length - 1, pairs(b), b.length - 1);
}

function dice(
  left: Map<string, number>,
  leftSize: number,
  right: Map<string, number>,
  rightSize: number,
): number {
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  return (2 * shared) / (leftSize + rightSize);
}

/** Texts this similar are one note written twice ("Lång väntetid", "Lang väntetid"). */
export const SAME_TEXT = 0.85;

/** A group of near-duplicate notes: the most common wording, and how often it was written. */
export interface TextGroup<T> {
  text: string;
  count: number;
  members: T[];
}

interface Group<T> {
  key: string;
  /** The key's letter pairs, counted once for all the comparisons it takes part in. */
  pairs: Map<string, number> | null;
  members: T[];
  wordings: Map<string, number>;
}

/**
 * Whether a group's key and another are `SAME_TEXT` alike, as `similarity` says. Keys whose
 * lengths differ too much to reach it are not compared: Dice shares at most the shorter's pairs.
 */
function alike<T>(group: Group<T>, key: string, keyPairs: Map<string, number>): boolean {
  if (!group.pairs) return false;
  const [a, b] = [group.key.length - 1, key.length - 1];
  if ((2 * Math.min(a, b)) / (a + b) < SAME_TEXT) return false;
  return dice(group.pairs, a, keyPairs, b) >= SAME_TEXT;
}

/**
 * Groups items whose texts are the same or nearly so, most frequent first (then first seen).
 * The group's text is the wording written most often, the first of them on a tie.
 */
export function groupSimilar<T>(items: readonly T[], textOf: (item: T) => string): TextGroup<T>[] {
  const groups: Group<T>[] = [];
  // The group each key went to. The same text again goes there without comparing: that group
  // was the first alike, and groups made since come after it.
  const byKey = new Map<string, Group<T>>();
  for (const item of items) {
    const text = textOf(item).trim();
    const key = matchKey(text);
    if (key === "") continue;
    let group = byKey.get(key);
    const keyPairs = group || key.length < 2 ? null : pairs(key);
    for (let i = 0; keyPairs && i < groups.length && !group; i++) {
      const other = groups[i] as Group<T>;
      if (alike(other, key, keyPairs)) group = other;
    }
    if (group) {
      byKey.set(key, group);
      group.members.push(item);
      group.wordings.set(text, (group.wordings.get(text) ?? 0) + 1);
    } else {
      const made = { key, pairs: keyPairs, members: [item], wordings: new Map([[text, 1]]) };
      byKey.set(key, made);
      groups.push(made);
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
