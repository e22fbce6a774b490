/**
 * C0 and C1 controls, DEL, and the invisible marks that reorder or hide text (bidi overrides,
 * zero-width joiners, line and paragraph separators): a terminal acts on them rather than
 * showing them, so a file's name or contents could retitle the window or hide what it says.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** A character as its escape, `\u001b`: visible, and what a reader would type into JSON. */
function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * User text made safe to print: every control or invisible character shown as its `\uXXXX`
 * escape, and the text cut to `max` characters with an ellipsis. Every path, value or snippet
 * of the user's that the command line prints goes through here.
 */
export function printable(text: string, max = 200): string {
  // Cut before a lone half of a surrogate pair, which would print as a broken character.
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? "") ? max - 1 : max;
  const cut = text.length > max ? `${text.slice(0, end)}…` : text;
  return cut.replace(UNPRINTABLE, escaped);
}

/** User text in double quotes, made printable: for quoting a bad value in a message. */
export function quoted(text: string, max = 80): string {
  return `"${printable(text, max)}"`;
}
