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
  const limit = TITLE_LIMIT[tracker];
  return list.actions.map((action) => {
    const whole = textOf(action.title);
    const title = limit === undefined ? whole : fitText(whole, limit);
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
