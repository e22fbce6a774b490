import type { ActionList } from "../actions/action-schema";
import { quietMentions } from "./github-mentions";
import { type TrackerOptions, trackerItems } from "./tracker-items";

/** The body of one `POST /repos/{owner}/{repo}/issues`. */
export interface GitHubIssue {
  title: string;
  body: string;
  labels: string[];
  /** Logins from the people map; absent when the action has no owner the map knows. */
  assignees?: string[];
}

/**
 * GitHub issues as the REST API takes them: `POST .../issues` bodies. Titles within 256
 * characters, labels within 50, the priority as a label, and no `@name` that would ping
 * whoever holds that login on GitHub.
 */
export function githubIssues(list: ActionList, options: TrackerOptions = {}): GitHubIssue[] {
  return trackerItems(list, "github", options, quietMentions).map((item) => ({
    title: item.title,
    body: item.description,
    labels: item.priority ? [...item.labels, item.priority] : item.labels,
    ...(item.assignee ? { assignees: [item.assignee] } : {}),
  }));
}
