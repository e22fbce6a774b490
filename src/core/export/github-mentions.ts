/**
 * GitHub pings `@name` (and `@org/team`) wherever it starts a word in a title or a body, and
 * board handles are not GitHub logins: the stranger who owns `@lina` on GitHub would be notified.
 * A zero-width joiner after the @ breaks the mention while the text still reads as written.
 */
export function quietMentions(text: string): string {
  return text.replace(/(^|[^\p{L}\p{N}_.+-])@(?=[\p{L}\p{N}_])/gu, "$1@\u200D");
}
