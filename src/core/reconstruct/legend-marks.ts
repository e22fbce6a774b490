/** A mark is at most this long. */
const MAX_MARK = 3;
/** Longer text is words even with spaces around it. */
const MAX_UNTRIMMED = 16;
/** Two letters in a row make a word ("App", "Ja"), not a mark. */
const WORD = /\p{L}{2}/u;

/**
 * Whether a note's text is a mark rather than words: nothing, or a few signs such as "+1",
 * "3", "A", "✓" or "★". Legend chips and vote dots carry marks; notes carry words.
 */
export function isMark(text: string): boolean {
  // Most notes are sentences: their length tells them apart before any trimming.
  if (text.length > MAX_UNTRIMMED) return false;
  const trimmed = text.trim();
  return trimmed.length <= MAX_MARK && !WORD.test(trimmed);
}
