import type { Action } from "../actions/action-schema";
import type { Language } from "../lexicon/lane-words";

const WORDS: Record<
  Language,
  {
    stage: string;
    answers: string;
    owner: string;
    due: string;
    board: string;
    suggestion: string;
    idea: string;
    fullTitle: string;
  }
> = {
  en: {
    stage: "Stage",
    answers: "Answers",
    owner: "Owner",
    due: "Due",
    board: "From the journey board",
    suggestion: "Suggested by journey-mapper, not decided by the team.",
    idea: "An idea from the workshop's opportunities.",
    fullTitle: "Full title",
  },
  sv: {
    stage: "Fas",
    answers: "Löser",
    owner: "Ägare",
    due: "Senast",
    board: "Från kundresetavlan",
    suggestion: "Föreslaget av journey-mapper, inte beslutat av teamet.",
    idea: "En idé från workshopens möjligheter.",
    fullTitle: "Hela titeln",
  },
  da: {
    stage: "Fase",
    answers: "Løser",
    owner: "Ejer",
    due: "Senest",
    board: "Fra kunderejsetavlen",
    suggestion: "Foreslået af journey-mapper, ikke besluttet af teamet.",
    idea: "En idé fra workshoppens muligheder.",
    fullTitle: "Hele titlen",
  },
};

/**
 * What a tracker item says about where it came from: the stage, the pains it answers and the
 * action's board id (with its notes), so the item leads back to the journey. A title the tracker
 * made shorter is given whole here (`fullTitle`), so nothing written on the board is lost.
 */
export function actionDescription(action: Action, language: Language, fullTitle?: string): string {
  const w = WORDS[language];
  const lines = [
    action.status === "suggested" ? w.suggestion : action.status === "idea" ? w.idea : null,
    fullTitle ? `${w.fullTitle}: ${fullTitle}` : null,
    `${w.stage}: ${action.stageTitle ?? "—"}`,
    action.answers.length > 0 ? `${w.answers}: ${action.answers.join("; ")}` : null,
    action.owner ? `${w.owner}: @${action.owner}` : null,
    action.due ? `${w.due}: ${action.due}` : null,
    `${w.board}: ${action.id}${action.noteIds.length > 0 ? ` (${action.noteIds.join(", ")})` : ""}`,
  ];
  return lines.filter((line): line is string => line !== null).join("\n");
}
