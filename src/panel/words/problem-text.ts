import type { StartProblem } from "../session/start-form";
import type { PanelWords } from "./panel-words";

/** What is wrong with a Start field, in the panel's language. */
export function problemText(
  words: PanelWords,
  problem: StartProblem | undefined,
): string | undefined {
  if (problem === undefined) return undefined;
  const said = words.problems;
  switch (problem.kind) {
    case "too-long":
      return said.tooLong(problem.max);
    case "no-stages":
      return said.noStages;
    case "too-many-stages":
      return said.tooManyStages(problem.count, problem.max);
    case "stage-too-long":
      return said.stageTooLong(problem.stage, problem.max);
    case "too-many-participants":
      return said.tooManyParticipants(problem.count, problem.max);
    case "participant-too-long":
      return said.participantTooLong(problem.name, problem.max);
    case "no-lanes":
      return said.noLanes;
  }
}
