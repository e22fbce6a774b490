import type { Action } from "../../core/actions/action-schema";
import type { ExportTarget } from "../../core/export/export-journey";
import { type People, unassignedOwners } from "../../core/export/people";
import type { Tracker } from "../../core/export/tracker-priority";

/** The targets `--people` assigns in: the tracker each writes for, and the identity it takes. */
const ASSIGNING: Partial<Record<ExportTarget, { tracker: Tracker; identity: string }>> = {
  jira: { tracker: "jira", identity: "email" },
  asana: { tracker: "asana", identity: "email" },
  azure: { tracker: "azure", identity: "email" },
  linear: { tracker: "linear", identity: "Linear name or email" },
  github: { tracker: "github", identity: "GitHub login" },
  "gh-script": { tracker: "github", identity: "GitHub login" },
};

/** Whether `--people` means anything for this target. */
export function assigns(target: ExportTarget): boolean {
  return ASSIGNING[target] !== undefined;
}

/**
 * The one note that names every owner the people file gives no identity for in this tracker
 * (each once), so the user can add them; null when everyone is assigned.
 */
export function unassignedNote(
  target: ExportTarget,
  actions: readonly Action[],
  people: People,
  file: string,
): string | null {
  const assigning = ASSIGNING[target];
  if (!assigning) return null;
  const missing = unassignedOwners(actions, people, assigning.tracker);
  if (missing.length === 0) return null;
  const handles = missing.map((handle) => `@${handle}`).join(", ");
  return `note: ${file} gives no ${assigning.identity} for ${handles}; their items are left unassigned, the owner named in the description`;
}
