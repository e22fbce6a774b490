import { decodeEntities } from "./decode-entities";
import { escapeHtml } from "./escape-html";

export { escapeHtml, escapeHtmlText } from "./escape-html";

const LINE_BREAKS = /<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/gi;
const TAGS = /<[^>]*>/g;
/** Characters that send a paragraph down the general path. */
const SPECIAL = /[<>&\r\n\t\u00A0]| {2}/;

/**
 * The text of content that is one plain paragraph, `<p>…</p>` without markup, entities or odd
 * spacing, as most notes are; null for anything else. Reads it without the general machinery.
 */
function plainParagraph(html: string): string | null {
  if (!html.startsWith("<p>") || !html.endsWith("</p>")) return null;
  const inner = html.slice(3, -4);
  if (SPECIAL.test(inner)) return null;
  return inner.length > 0 && (inner[0] === " " || inner[inner.length - 1] === " ")
    ? inner.trim()
    : inner;
}

/**
 * The plain text of a board item's HTML content: paragraphs and `<br>` become line breaks,
 * tags go, entities (named and numeric) are resolved, and spacing is tidied per line.
 */
export function htmlToText(html: string): string {
  const simple = plainParagraph(html);
  if (simple !== null) return simple;
  // Raw line breaks in HTML are only spacing; the tags say where lines break.
  const withBreaks = html.replace(/\r?\n/g, " ").replace(LINE_BREAKS, "\n").replace(TAGS, "");
  return decodeEntities(withBreaks)
    .replace(/\u00A0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Board HTML for plain text: special characters escaped, one paragraph per line. */
export function textToHtml(text: string): string {
  return text
    .split("\n")
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
}
