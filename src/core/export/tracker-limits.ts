import type { Tracker } from "./tracker-priority";

/**
 * The longest title each tracker takes: Jira's Summary and Azure's Title hold 255 characters,
 * GitHub's issue title 256. Asana and Linear publish none that a journey's note would reach.
 */
export const TITLE_LIMIT: Partial<Record<Tracker, number>> = { jira: 255, azure: 255, github: 256 };

/** GitHub refuses a label name longer than 50 characters; every tracker gets the same labels. */
export const LABEL_LIMIT = 50;

/**
 * `text` in at most `max` characters (code points, so no emoji is split): cut after the last
 * whole word that fits, with an ellipsis; a text without a space to cut at is cut mid-word.
 */
export function fitText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join("");
  const space = head.search(/\s\S*$/u);
  const cut = space > 0 ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}
