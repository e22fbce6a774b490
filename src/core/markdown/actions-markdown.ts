import type { ActionList } from "../actions/action-schema";
import { LANE_TITLES } from "../template/template-labels";
import { inlineText } from "./markdown-text";

const WORDS = {
  en: {
    noStage: "Outside the stages",
    suggested: "suggestion",
    idea: "idea",
    owner: "owner",
    due: "due",
    votes: "votes",
    answers: "answers",
    none: "No actions on the board yet.",
    priority: { high: "high", medium: "medium", low: "low" },
  },
  sv: {
    noStage: "Utanför faserna",
    suggested: "förslag",
    idea: "idé",
    owner: "ägare",
    due: "senast",
    votes: "röster",
    answers: "löser",
    none: "Inga åtgärder på tavlan än.",
    // Medel, as Swedish trackers (Jira among them) name the middle priority.
    priority: { high: "hög", medium: "medel", low: "låg" },
  },
  da: {
    noStage: "Uden for faserne",
    suggested: "forslag",
    idea: "idé",
    owner: "ejer",
    due: "senest",
    votes: "stemmer",
    answers: "løser",
    none: "Ingen tiltag på tavlen endnu.",
    priority: { high: "høj", medium: "mellem", low: "lav" },
  },
} as const;
// Priority names are the words the board itself takes (!hög, !mellem), so the list reads as
// the board was written and a name copied back onto a note means the same.

/** The action list as a Markdown checklist grouped by stage; suggestions marked as such. */
export function actionsMarkdown(list: ActionList): string {
  const w = WORDS[list.language];
  // Titled as the template's action lane, so the report and the board say one word for it.
  const lines = [`# ${LANE_TITLES[list.language].action}`, ""];
  if (list.actions.length === 0) lines.push(w.none, "");
  let stage: string | null | undefined;
  for (const action of list.actions) {
    const heading = action.stageTitle ?? w.noStage;
    if (heading !== stage) {
      if (lines.at(-1) !== "") lines.push("");
      lines.push(`## ${inlineText(heading)}`, "");
      stage = heading;
    }
    const tags = [
      action.status === "suggested"
        ? `*${w.suggested}*`
        : action.status === "idea"
          ? `*${w.idea}*`
          : null,
      action.priority ? `!${w.priority[action.priority]}` : null,
      action.owner ? `${w.owner} @${action.owner}` : null,
      action.due ? `${w.due} ${action.due}` : null,
      action.votes > 1 ? `${action.votes} ${w.votes}` : null,
    ].filter(Boolean);
    lines.push(
      `- [ ] ${inlineText(action.title)}${tags.length > 0 ? ` (${tags.join(", ")})` : ""}`,
    );
    if (action.answers.length > 0) {
      lines.push(`  - ${w.answers}: ${action.answers.map(inlineText).join("; ")}`);
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
