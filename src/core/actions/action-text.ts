import { oneLine } from "../text/one-line";
import type { Priority } from "./action-schema";

/** What a facilitator writes on an action note besides the action itself. */
export interface ActionMarks {
  title: string;
  owner: string | null;
  due: string | null;
  priority: Priority | null;
}

const OWNER = /(?:^|\s)@([\p{L}\p{N}][\p{L}\p{N}._-]*)/u;
const DUE = /(?:^|\s)(?:due|senast|senest|deadline):\s*(\d{4}-\d{2}-\d{2})(?=\s|$)/iu;
const DATE = /(?:^|\s)(\d{4}-\d{2}-\d{2})(?=\s|$)/u;
const PRIORITY =
  /(?:^|\s)!(high|hög|hog|høj|hoj|urgent|brådskande|haster|medium|medel|mellan|mellem|normal|low|låg|lag|lav)(?=\s|$|[.,;])/iu;
const PRIORITIES: Record<string, Priority> = {
  high: "high",
  hög: "high",
  hog: "high",
  høj: "high",
  hoj: "high",
  urgent: "high",
  brådskande: "high",
  haster: "high",
  medium: "medium",
  medel: "medium",
  mellan: "medium",
  mellem: "medium",
  normal: "medium",
  low: "low",
  låg: "low",
  lag: "low",
  lav: "low",
};

/** A note that is only a vote: "+1", "+2", "👍". Returns how many votes, or 0. */
export function votesIn(text: string): number {
  const trimmed = text.trim();
  const plus = /^\+(\d)$/.exec(trimmed);
  if (plus) return Number(plus[1]);
  const thumbs = [...trimmed.matchAll(/👍/gu)].length;
  return thumbs > 0 && trimmed.replace(/👍|\s|\u{FE0F}|\p{Emoji_Modifier}/gu, "") === ""
    ? thumbs
    : 0;
}

/** Reads `@owner`, `due:2027-02-01` (or a bare ISO date) and `!high`/`!hög`/`!høj` off a note. */
export function readActionText(text: string): ActionMarks {
  const owner = OWNER.exec(text)?.[1] ?? null;
  const dueMatch = DUE.exec(text) ?? DATE.exec(text);
  const due = dueMatch && isRealDate(dueMatch[1] as string) ? (dueMatch[1] as string) : null;
  const priorityWord = PRIORITY.exec(text)?.[1]?.toLowerCase();
  const title = oneLine(
    text
      .replace(OWNER, " ")
      // An impossible date stays in the title, where a person will see it.
      .replace(due ? (DUE.test(text) ? DUE : DATE) : /$^/, " ")
      .replace(PRIORITY, " "),
  );
  return {
    title: title || oneLine(text),
    owner,
    due,
    priority: priorityWord ? (PRIORITIES[priorityWord] ?? null) : null,
  };
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
