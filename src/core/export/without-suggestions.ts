import type { ActionList } from "../actions/action-schema";

/**
 * The list without the actions the app suggested (`--no-suggestions`), when `leaveOut` says
 * so: what the team decided and the workshop's ideas stay.
 */
export function withoutSuggestions(list: ActionList, leaveOut: boolean): ActionList {
  if (!leaveOut) return list;
  return { ...list, actions: list.actions.filter((action) => action.status !== "suggested") };
}
