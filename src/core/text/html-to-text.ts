import { decodeHTML } from "entities";

const LINE_BREAKS = /<br\s*\/?>|<\/(?:p|div|li|h[1-6])>/gi;
const TAGS = /<[^>]*>/g;
const SIMPLE_PARAGRAPH = /^<p>([^<>&\r\n\t\u00A0]*)<\/p>$/;

/**
 * The plain text of a board item's HTML content: paragraphs and `<br>` become line breaks,
 * tags go, entities (named and numeric) are resolved, and spacing is tidied per line.
 */
export function htmlToText(html: string): string {
  // Most notes are one plain paragraph: read those without the general machinery.
  const simple = SIMPLE_PARAGRAPH.exec(html)?.[1];
  if (simple !== undefined && !simple.includes("  ")) return simple.trim();
  // Raw line breaks in HTML are only spacing; the tags say where lines break.
  const withBreaks = html.replace(/\r?\n/g, " ").replace(LINE_BREAKS, "\n").replace(TAGS, "");
  return decodeHTML(withBreaks)
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

/** Text made safe to stand inside HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
