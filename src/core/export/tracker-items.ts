import type { Action, ActionList } from "../actions/action-schema";
import { actionDescription } from "./action-description";
import { assigneeOf, type People } from "./people";
import { stageLabels, trackerLabels } from "./tracker-labels";
import { fitText, TITLE_LIMIT } from "./tracker-limits";
import { type Tracker, trackerPriority } from "./tracker-priority";

/** What every tracker export takes besides the list. */
export interface TrackerOptions {
  /** Handles to each tracker's identity; without it no item is assigned. */
  people?: People;
}

/** One action as a tracker takes it, before the tracker's own format and escaping. */
export interface TrackerItem {
  action: Action;
  /** Within the tracker's title limit; cut short, the whole title opens the description. */
  title: string;
  /** Plain text, lines joined with \n. */
  description: string;
  assignee: string | null;
  labels: string[];
  /** The tracker's own priority value, or null where it leaves priority unset. */
  priority: string | null;
}

/**
 * The shared rules every tracker export applies: title limits, labels that fit and stay unique,
 * the assignee from the people map, the priority from the one table.
 */
export function trackerItems(
  list: ActionList,
  tracker: Tracker,
  options: TrackerOptions = {},
  /** What the tracker needs done to text before it is measured (GitHub: quiet @mentions). */
  textOf: (text: string) => string = (text) => text,
): TrackerItem[] {
  const stages = stageLabels(list.actions);
  return list.actions.map((action) => {
    const whole = textOf(action.title);
    const title = fitTitle(whole, tracker);
    const cut = title !== whole;
    return {
      action,
      title,
      description: textOf(actionDescription(action, list.language, cut ? action.title : undefined)),
      assignee: assigneeOf(action, options.people, tracker),
      labels: trackerLabels(action, stages),
      priority: trackerPriority(tracker, action.priority),
    };
  });
}

/** A stage as an epic (Jira, Azure DevOps): its title, and the items under it. */
export interface TrackerEpic {
  /** Within the tracker's title limit. */
  title: string;
  /** The stage's whole title where the limit cut it, for the epic's description; else null. */
  fullTitle: string | null;
  items: TrackerItem[];
}

/** The items as one epic per stage, stages in the order their items come; no stage is "—". */
export function trackerEpics(items: readonly TrackerItem[], tracker: Tracker): TrackerEpic[] {
  const epics = new Map<string, TrackerEpic>();
  for (const item of items) {
    const stage = item.action.stageTitle ?? "—";
    const epic = epics.get(stage);
    if (epic) {
      epic.items.push(item);
      continue;
    }
    const title = fitTitle(stage, tracker);
    epics.set(stage, { title, fullTitle: title === stage ? null : stage, items: [item] });
  }
  return [...epics.values()];
}

/** `text` within the tracker's title limit, where it has one. */
function fitTitle(text: string, tracker: Tracker): string {
  const limit = TITLE_LIMIT[tracker];
  return limit === undefined ? text : fitText(text, limit);
}
