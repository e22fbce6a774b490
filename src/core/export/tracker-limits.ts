import type { Tracker } from "./tracker-priority";

/**
 * The longest title each tracker takes: Jira's Summary and Azure's Title hold 255 characters,
 * GitHub's issue title 256. Asana and Linear publish none that a journey's note would reach.
 */
export const TITLE_LIMIT: Partial<Record<Tracker, number>> = { jira: 255, azure: 255, github: 256 };

/** GitHub refuses a label name longer than 50 characters; every tracker gets the same labels. */
export const LABEL_LIMIT = 50;

/**
 * `text` in at most `max` UTF-16 units (Jira and Azure count so, an emoji as two; GitHub counts
 * characters, which is never more), cut after the last whole word that fits, with an ellipsis;
 * a text without a space to cut at is cut mid-word, never inside an emoji.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = "";
  for (const char of text) {
    if (head.length + char.length > max - 1) break;
    head += char;
  }
  const space = head.search(/\s\S*$/u);
  const cut = space > 0 ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}
