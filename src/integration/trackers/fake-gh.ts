import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The flags gh's manual documents for the calls the script makes (cli.github.com/manual:
 * gh issue create, gh label create, gh label list), with whether each takes a value, and how
 * many bare arguments each call takes. -R/--repo is inherited by all three.
 */
export const GH_FLAGS: Record<string, { flags: Record<string, boolean>; positionals: number }> = {
  "issue create": {
    flags: {
      "--assignee": true,
      "--body": true,
      "--body-file": true,
      "--editor": false,
      "--label": true,
      "--milestone": true,
      "--project": true,
      "--recover": true,
      "--template": true,
      "--title": true,
      "--web": false,
      "--repo": true,
    },
    positionals: 0,
  },
  "label create": {
    flags: { "--color": true, "--description": true, "--force": false, "--repo": true },
    positionals: 1,
  },
  "label list": {
    flags: {
      "--jq": true,
      "--json": true,
      "--limit": true,
      "--order": true,
      "--search": true,
      "--sort": true,
      "--template": true,
      "--web": false,
      "--repo": true,
    },
    positionals: 0,
  },
};

/** What the fake gh was asked, and how it was set to answer. */
export interface FakeGh {
  dir: string;
  /** Every call's arguments, in order. */
  calls: () => string[][];
  /** Calls whose flags gh would not accept, with why. */
  refused: () => string[];
}

/** A bash `case` branch per command: the flags that take a value, those that do not. */
function commandCases(): string {
  return Object.entries(GH_FLAGS)
    .map(([command, spec]) => {
      const flags = Object.entries(spec.flags);
      const valued = flags.filter(([, takes]) => takes).map(([flag]) => flag);
      const bare = flags.filter(([, takes]) => !takes).map(([flag]) => flag);
      return `  "${command}") valued=" ${valued.join(" ")} "; bare=" ${bare.join(" ")} "; positionals=${spec.positionals} ;;`;
    })
    .join("\n");
}

/**
 * A fake `gh` in a fresh folder (put it first on PATH), in bash so that each call starts at
 * once: it logs each call, refuses flags the manual does not document (exit 2, as gh does),
 * answers `label list` with the labels in $FAKE_GH_LABELS, and fails (exit 1) the calls
 * $FAKE_GH_FAIL names, one a line: an issue by its title, a label by its name, the listing as
 * "label list".
 */
export function fakeGh(): FakeGh {
  const dir = mkdtempSync(join(tmpdir(), "journey-mapper-fake-gh-"));
  const log = join(dir, "calls.bin");
  const refusals = join(dir, "refused.txt");
  writeFileSync(log, "");
  writeFileSync(refusals, "");
  writeFileSync(
    join(dir, "gh"),
    `#!/usr/bin/env bash
# Each call: the number of arguments, then each argument, all ended by a NUL.
printf '%s\\0' "$#" "$@" >> '${log}'
refuse() { echo "$1" >> '${refusals}'; echo "$1" >&2; exit 2; }
command="$1 $2"
case "$command" in
${commandCases()}
  *) refuse "unknown command: gh $command" ;;
esac
shift 2
given=0
subject="$command"
[[ "$command" == "label create" ]] && subject=""
while (($# > 0)); do
  if [[ "$1" != --* ]]; then
    given=$((given + 1))
    [[ -z "$subject" ]] && subject="$1"
    shift
  elif [[ "$valued" == *" $1 "* ]]; then
    (($# >= 2)) || refuse "flag needs an argument: $1"
    [[ "$1" == "--title" ]] && subject="$2"
    shift 2
  elif [[ "$bare" == *" $1 "* ]]; then
    shift
  else
    refuse "unknown flag $1 for gh $command"
  fi
done
((given == positionals)) || refuse "gh $command takes $positionals argument(s), got $given"
while IFS= read -r line; do
  if [[ -n "$line" && "$line" == "$subject" ]]; then
    echo "HTTP 422: Validation Failed" >&2
    exit 1
  fi
done <<< "\${FAKE_GH_FAIL:-}"
[[ "$command" == "label list" ]] && printf '%s' "\${FAKE_GH_LABELS:-}"
[[ "$command" == "issue create" ]] && echo "https://github.com/team/journeys/issues/1"
exit 0
`,
  );
  chmodSync(join(dir, "gh"), 0o755);
  return {
    dir,
    calls: () => {
      const fields = readFileSync(log, "utf8").split("\0");
      const calls: string[][] = [];
      for (let i = 0; i < fields.length - 1; ) {
        const count = Number(fields[i]);
        calls.push(fields.slice(i + 1, i + 1 + count));
        i += 1 + count;
      }
      return calls;
    },
    refused: () => readFileSync(refusals, "utf8").split("\n").filter(Boolean),
  };
}

/** The `gh issue create` call the script should make for a GitHub issue body, on `repo`. */
export function issueCreateCall(
  issue: { title: string; body: string; labels: string[]; assignees?: string[] },
  repo: string,
): string[] {
  return [
    "issue",
    "create",
    "--title",
    issue.title,
    "--body",
    issue.body,
    ...issue.labels.flatMap((label) => ["--label", label]),
    ...(issue.assignees ?? []).flatMap((login) => ["--assignee", login]),
    "--repo",
    repo,
  ];
}
