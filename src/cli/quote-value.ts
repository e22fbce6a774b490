/**
 * Characters a terminal may act on rather than show: C0 and C1 controls, bidi overrides; and
 * the invisible ones (zero-width marks, a byte order mark) that would hide what a value holds.
 */
const UNSAFE = /[\p{Cc}\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** How much of a long value an error message repeats. */
const SHOWN = 60;

/**
 * A value the user gave, made safe to print on one line: control characters (escape sequences
 * that could retitle or clear the terminal, line breaks that would split the line) written as
 * \u{…} instead of sent raw, and a long value cut short (past `max` characters).
 */
export function printable(value: string, max = SHOWN): string {
  const chars = [...value];
  const shown = chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : value;
  return shown.replace(UNSAFE, escaped);
}

function escaped(c: string): string {
  return `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`;
}

/**
 * Text of many lines made safe for a terminal: as `printable`, but line ends and tabs kept and
 * nothing cut. What the command line writes to a screen goes through here as a last guard.
 */
export function screenSafe(text: string): string {
  return text.replace(UNSAFE, (c) => (c === "\n" || c === "\t" ? c : escaped(c)));
}

/** A value the user gave, printable and in double quotes, for a one-line message. */
export function quoteValue(value: string): string {
  return `"${printable(value)}"`;
}
