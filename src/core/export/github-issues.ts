import type { ActionList } from "../actions/action-schema";
import { actionDescription } from "./action-description";
import { trackerLabels } from "./tracker-labels";

/** The body of one `POST /repos/{owner}/{repo}/issues`. */
export interface GitHubIssue {
  title: string;
  body: string;
  labels: string[];
}

/** GitHub issues as the REST API takes them: a JSON array of `POST .../issues` bodies. */
export function githubIssues(list: ActionList): GitHubIssue[] {
  return list.actions.map((action) => ({
    title: action.title,
    body: actionDescription(action, list.language),
    labels: trackerLabels(action),
  }));
}

/** A word safe inside a POSIX shell: single-quoted, with each ' written as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/**
 * A shell script of `gh issue create` calls, one per action, every argument quoted so that no
 * text on a note can break out of it. Run it where `gh` is logged in, with `--repo` if needed:
 * `bash issues.sh --repo owner/name`.
 */
export function ghScript(list: ActionList): string {
  const lines = [
    "#!/usr/bin/env bash",
    "# Creates the journey's actions as GitHub issues. Extra arguments (--repo owner/name) go to gh.",
    "set -euo pipefail",
  ];
  const issues = githubIssues(list);
  // gh adds only labels the repository has: create the missing ones, and leave alone (colour
  // and all) those it has, which is when `gh label create` fails.
  for (const label of new Set(issues.flatMap((issue) => issue.labels))) {
    lines.push(`gh label create ${shellQuote(label)} "$@" > /dev/null 2>&1 || true`);
  }
  for (const issue of issues) {
    const labels = issue.labels.map((label) => ` --label ${shellQuote(label)}`).join("");
    lines.push(
      `gh issue create --title ${shellQuote(issue.title)} --body ${shellQuote(issue.body)}${labels} "$@"`,
    );
  }
  return `${lines.join("\n")}\n`;
}
