import type { Priority } from "../actions/action-schema";

/** The trackers an action list goes to. */
export type Tracker = "jira" | "linear" | "asana" | "azure" | "github";

/**
 * One table for every tracker, so an action ranks the same wherever it lands. An action the board
 * gave no priority sits below "low" everywhere: Linear's "No priority", Jira's Lowest, Azure's 4,
 * and in Asana (an empty Priority) and GitHub (no priority label) nothing at all.
 */
export const PRIORITY_TABLE: Record<Tracker, Record<Priority | "none", string | null>> = {
  jira: { high: "High", medium: "Medium", low: "Low", none: "Lowest" },
  linear: { high: "High", medium: "Medium", low: "Low", none: "No priority" },
  asana: { high: "High", medium: "Medium", low: "Low", none: null },
  azure: { high: "1", medium: "2", low: "3", none: "4" },
  github: { high: "priority-high", medium: "priority-medium", low: "priority-low", none: null },
};

/** The tracker's value for an action's priority, or null where the tracker leaves it unset. */
export function trackerPriority(tracker: Tracker, priority: Priority | null): string | null {
  return PRIORITY_TABLE[tracker][priority ?? "none"];
}
