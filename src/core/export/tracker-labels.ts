import type { Action } from "../actions/action-schema";
import { LABEL_LIMIT } from "./tracker-limits";

/** A stage title as a label without spaces: `stage-` and its words, lower case, joined by -. */
function stageSlug(action: Action): string {
  const words = (action.stageTitle ?? "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
  // A title of emoji or punctuation alone still gets a label: the stage's number.
  return `stage-${words || String((action.stage ?? 0) + 1)}`;
}

/** `label` in at most `max` characters, cut after a whole word (at a -) where there is one. */
function fitLabel(label: string, max: number): string {
  const chars = [...label];
  if (chars.length <= max) return label;
  const head = chars.slice(0, max).join("");
  if (chars[max] === "-") return head;
  const dash = head.lastIndexOf("-", head.length - 1);
  return dash > "stage".length ? head.slice(0, dash) : head;
}

/**
 * Each stage's label, at most 50 characters (GitHub's limit, kept in every tracker so one
 * stage has one label everywhere), cut after a whole word; two stages whose labels would then
 * be the same get -2, -3 ... so each still names one stage.
 */
export function stageLabels(actions: readonly Action[]): Map<string, string> {
  const labels = new Map<string, string>();
  const taken = new Set<string>();
  for (const action of actions) {
    if (action.stageTitle === null || labels.has(action.stageTitle)) continue;
    const slug = stageSlug(action);
    let label = fitLabel(slug, LABEL_LIMIT);
    for (let n = 2; taken.has(label); n++) {
      label = `${fitLabel(slug, LABEL_LIMIT - `-${n}`.length)}-${n}`;
    }
    taken.add(label);
    labels.set(action.stageTitle, label);
  }
  return labels;
}

/** Labels every tracker item carries: where it came from, its stage, and what kind it is. */
export function trackerLabels(action: Action, stages: ReadonlyMap<string, string>): string[] {
  return [
    "journey-mapper",
    action.stageTitle === null ? null : (stages.get(action.stageTitle) ?? null),
    action.status === "suggested" ? "suggestion" : action.status === "idea" ? "idea" : null,
  ].filter((label): label is string => label !== null);
}
