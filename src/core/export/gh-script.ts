import type { ActionList } from "../actions/action-schema";
import { githubIssues } from "./github-issues";
import type { TrackerOptions } from "./tracker-items";

/** A word safe inside a POSIX shell: single-quoted, with each ' written as '\''. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/**
 * The script's fixed part. Labels: gh adds only labels the repository has, so the script lists
 * them once and creates the missing ones, leaving those it has (and their colours) alone; GitHub
 * compares label names without case, and so does the script. A failed call is noted and the
 * script goes on; at the end it names what failed and exits 1. If the labels cannot be listed
 * (gh not logged in, a wrong --repo), nothing else could work: it stops before creating anything.
 */
const PRELUDE = `#!/usr/bin/env bash
# Creates the journey's actions as GitHub issues. Extra arguments (--repo owner/name) go to gh.
# A failed call does not stop the others: the failures are listed at the end, and the exit
# status is then 1.
set -uo pipefail
extra=("$@")
failed=()
if ! existing=$(gh label list --limit 1000 --json name --jq '.[].name' \${extra[@]+"\${extra[@]}"}); then
  echo "\${0##*/}: could not list the repository's labels (is gh logged in? is --repo right?); no issue was created" >&2
  exit 1
fi
label() {
  if ! grep -Fqxi -e "$1" <<<"$existing"; then
    if ! gh label create "$1" \${extra[@]+"\${extra[@]}"} >/dev/null; then
      failed+=("label: $1")
    fi
  fi
}
issue() {
  if ! gh issue create --title "$@" \${extra[@]+"\${extra[@]}"}; then
    failed+=("issue: $1")
  fi
}
`;

const REPORT = `if ((\${#failed[@]} > 0)); then
  calls=calls
  ((\${#failed[@]} == 1)) && calls=call
  echo "\${0##*/}: \${#failed[@]} $calls failed:" >&2
  printf '  %s\\n' "\${failed[@]}" >&2
  exit 1
fi
`;

/**
 * A bash script of `gh issue create` calls, one per action, every argument quoted so that no
 * text on a note can break out of it. Run it where `gh` is logged in, with `--repo` if needed:
 * `bash issues.sh --repo owner/name`.
 */
export function ghScript(list: ActionList, options: TrackerOptions = {}): string {
  const issues = githubIssues(list, options);
  const lines = [PRELUDE];
  for (const label of new Set(issues.flatMap((issue) => issue.labels))) {
    lines.push(`label ${shellQuote(label)}`);
  }
  for (const issue of issues) {
    const flags = [
      shellQuote(issue.title),
      `--body ${shellQuote(issue.body)}`,
      ...issue.labels.map((label) => `--label ${shellQuote(label)}`),
      ...(issue.assignees ?? []).map((login) => `--assignee ${shellQuote(login)}`),
    ];
    lines.push(`issue ${flags.join(" ")}`);
  }
  lines.push("", REPORT);
  return lines.join("\n");
}
