import type { Action } from "../actions/action-schema";
import { stageLabel } from "./action-description";

/** Labels every tracker item carries: where it came from, its stage, and what kind it is. */
export function trackerLabels(action: Action): string[] {
  return [
    "journey-mapper",
    stageLabel(action),
    action.status === "suggested" ? "suggestion" : action.status === "idea" ? "idea" : null,
  ].filter((label): label is string => label !== null);
}
