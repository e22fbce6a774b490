import { matchKey, SAME_TEXT, similarity } from "../text/similar-text";

/**
 * What an action's text says of the pains it answers, by name or by number:
 * - a quotation: `"Long wait"`, `”Lång väntetid”`, `«Lang kø»`;
 * - a reference after a marker, to the end of the line (`;` between several): `re: long wait`,
 *   `ang: lång väntetid`, `vedr.: lang kø`, `→ long wait`, `-> #3`, `answers: …`, `löser: …`,
 *   `løser: …` (the words the app writes on its own action cards);
 * - a pain's number, `#3`, anywhere but at the very start (where it numbers the action itself),
 *   or a bare number after a marker (`→ 3`). A pain has the number written on its own note:
 *   `#3` anywhere in it, or `3.` or `3)` at its start.
 */
export interface References {
  names: string[];
  numbers: string[];
}

const QUOTED =
  /["\u201C\u201D\u201E\u00AB\u00BB]([^"\u201C\u201D\u201E\u00AB\u00BB\n]+)["\u201C\u201D\u00AB\u00BB]/gu;
const MARKED =
  /(?:^|[\s(])(?:re|ref|ang|angående|vedr|vedrørende|answers|löser|løser|svar på|svar til)\s*[.:]\s*([^\n]+)|(?:→|->|⇒|=>)\s*([^\n]+)/giu;
const NUMBER_ONLY = /^#?\s*(\d{1,3})$/u;
const HASH_NUMBER = /(?<=\S.*?)(?<![\p{L}\p{N}&])#(\d{1,3})(?!\p{N})/gu;
/** Reference text shorter than this, once folded, names nothing surely. */
const MIN_NAME = 3;

/** The pains an action's text names or numbers. */
export function referencesIn(text: string): References {
  const names: string[] = [];
  const numbers = new Set<string>();
  for (const match of text.matchAll(QUOTED)) names.push(match[1] as string);
  for (const match of text.matchAll(MARKED)) {
    for (const part of (match[1] ?? match[2] ?? "").split(";")) {
      const number = NUMBER_ONLY.exec(part.trim());
      if (number) numbers.add(String(Number(number[1])));
      else names.push(part);
    }
  }
  for (const match of text.matchAll(HASH_NUMBER)) numbers.add(String(Number(match[1])));
  return {
    names: names.map(matchKey).filter((name) => name.length >= MIN_NAME && !/^\d+$/.test(name)),
    numbers: [...numbers],
  };
}

const PAIN_HASH = /(?<![\p{L}\p{N}&])#(\d{1,3})(?!\p{N})/u;
const PAIN_LEADING = /^\s*(\d{1,3})[.)]\s/u;

/** The number written on a pain's note (`#3` anywhere, `3.` or `3)` at its start), or null. */
export function painNumber(text: string): string | null {
  const found = PAIN_HASH.exec(text) ?? PAIN_LEADING.exec(text);
  return found ? String(Number(found[1])) : null;
}

/**
 * Whether a folded reference names a pain's text: nearly the same text, or one holds the
 * other as whole words ("long wait" in "long wait at the checkout", and the other way round).
 */
export function namesPain(reference: string, painText: string): boolean {
  const pain = matchKey(painText);
  if (pain.length === 0) return false;
  if (similarity(reference, pain) >= SAME_TEXT) return true;
  return ` ${pain} `.includes(` ${reference} `) || ` ${reference} `.includes(` ${pain} `);
}
