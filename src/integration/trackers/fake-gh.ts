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

/**
 * A fake `gh` in a fresh folder (put it first on PATH): it logs each call, refuses flags the
 * manual does not document (exit 2, as gh does), answers `label list` with the labels in
 * $FAKE_GH_LABELS, and fails (exit 1) the calls $FAKE_GH_FAIL names, one a line: an issue by its
 * title, a label by its name, the listing as "label list".
 */
export function fakeGh(): FakeGh {
  const dir = mkdtempSync(join(tmpdir(), "journey-mapper-fake-gh-"));
  const log = join(dir, "calls.jsonl");
  const refusals = join(dir, "refused.txt");
  writeFileSync(log, "");
  writeFileSync(refusals, "");
  writeFileSync(
    join(dir, "gh"),
    `#!/usr/bin/env node
const fs = require("node:fs");
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + "\\n");
const spec = ${JSON.stringify(GH_FLAGS)}[args.slice(0, 2).join(" ")];
const refuse = (why) => {
  fs.appendFileSync(${JSON.stringify(refusals)}, why + "\\n");
  process.stderr.write(why + "\\n");
  process.exit(2);
};
if (!spec) refuse("unknown command: " + args.slice(0, 2).join(" "));
let bare = 0;
for (let i = 2; i < args.length; i++) {
  const arg = args[i];
  if (!arg.startsWith("--")) { bare++; continue; }
  if (!(arg in spec.flags)) refuse("unknown flag " + arg + " for gh " + args.slice(0, 2).join(" "));
  if (spec.flags[arg]) {
    if (i + 1 >= args.length) refuse("flag needs an argument: " + arg);
    i++;
  }
}
if (bare !== spec.positionals) refuse("gh " + args.slice(0, 2).join(" ") + " takes " + spec.positionals + " argument(s), got " + bare);
const fail = (process.env.FAKE_GH_FAIL ?? "").split("\\n").filter(Boolean);
const subject =
  args[0] === "issue" ? args[args.indexOf("--title") + 1] : args[1] === "create" ? args[2] : "label list";
if (fail.includes(subject)) {
  process.stderr.write("HTTP 422: Validation Failed\\n");
  process.exit(1);
}
if (args[0] === "label" && args[1] === "list") process.stdout.write(process.env.FAKE_GH_LABELS ?? "");
if (args[0] === "issue") process.stdout.write("https://github.com/team/journeys/issues/1\\n");
`,
  );
  chmodSync(join(dir, "gh"), 0o755);
  return {
    dir,
    calls: () =>
      readFileSync(log, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string[]),
    refused: () => readFileSync(refusals, "utf8").split("\n").filter(Boolean),
  };
}
