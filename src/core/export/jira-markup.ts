/**
 * What Jira's wiki renderer would read as markup in plain text: `h1.`..`h6.` and `bq.` at a
 * line's start, the emoticons :P :D ;P ;D, an `&` that starts an entity, a backslash, and the
 * characters a backslash escapes (bold *, italic _, strike -, underline +, super ^, sub ~,
 * citation ??, tables |, links [ ], macros { }, emoticons ( ) and !, lists #, and % and @).
 */
const MARKUP =
  /^(\s*(?:h[1-6]|bq))\.(?=\s|$)|([:;])([PDpd])(?![\p{L}\p{N}])|&(?=#?\w+;)|\\|[-#*_+?^~|%{}[\]()!@]/gmu;

/**
 * Plain text as Jira wiki markup that renders as the same text: each markup character behind a
 * backslash. A backslash cannot escape itself (two make a line break), so it becomes the entity
 * &#92;, which Jira passes through as HTML; an `&` that would start an entity becomes &amp;; a
 * heading's dot and an emoticon's eye become entities too.
 */
export function jiraText(text: string): string {
  return text.replace(MARKUP, (match, heading?: string, eye?: string, mouth?: string) => {
    if (heading !== undefined) return `${heading}&#46;`;
    if (eye !== undefined) return `${eye === ":" ? "&#58;" : "&#59;"}${mouth}`;
    if (match === "&") return "&amp;";
    if (match === "\\") return "&#92;";
    return `\\${match}`;
  });
}
