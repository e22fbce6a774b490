import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportJourney } from "../../core/export/export-journey";
import type { GitHubIssue } from "../../core/export/github-issues";
import { fakeGh, issueCreateCall } from "./fake-gh";
import { trackerJourney, trackerPeople } from "./tracker-journey";

const people = trackerPeople();
const journey = trackerJourney();
const script = exportJourney(journey, "gh-script", { language: "sv", people });
const issues = JSON.parse(
  exportJourney(journey, "github", { language: "sv", people }),
) as GitHubIssue[];

/** Runs the script with bash against a fresh fake gh; `env` sets how the fake answers. */
function run(env: Record<string, string> = {}) {
  const gh = fakeGh();
  const file = join(gh.dir, "issues.sh");
  writeFileSync(file, script);
  const result = spawnSync("bash", [file, "--repo", "team/journeys"], {
    encoding: "utf8",
    env: { ...process.env, ...env, PATH: `${gh.dir}:${process.env.PATH}` },
  });
  const calls = gh.calls();
  return {
    status: result.status,
    stderr: result.stderr,
    refused: gh.refused(),
    labelsCreated: calls.filter((c) => c[1] === "create" && c[0] === "label").map((c) => c[2]),
    titles: calls.filter((c) => c[0] === "issue").map((c) => c[c.indexOf("--title") + 1]),
    issueCalls: calls.filter((c) => c[0] === "issue"),
  };
}

describe("the gh-script, run by bash against a fake gh", () => {
  it("passes gh only flags its manual documents, and every issue's fields intact", () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.refused).toEqual([]);
    expect(result.issueCalls).toEqual(
      issues.map((issue) => issueCreateCall(issue, "team/journeys")),
    );
    expect(result.issueCalls[0]).toContain("lina-s");
  });

  it("has a fake gh that does refuse what gh's manual does not document", () => {
    const gh = fakeGh();
    const call = (...args: string[]) => spawnSync(join(gh.dir, "gh"), args).status;
    expect(call("issue", "create", "--title", "x", "--colour", "red")).toBe(2);
    expect(call("label", "create", "--force")).toBe(2);
    expect(call("issue", "create", "--title")).toBe(2);
    expect(call("label", "create", "x", "--force", "--repo", "a/b")).toBe(0);
    expect(gh.refused()).toEqual([
      "unknown flag --colour for gh issue create",
      "gh label create takes 1 argument(s), got 0",
      "flag needs an argument: --title",
    ]);
    expect(gh.calls()).toEqual([
      ["issue", "create", "--title", "x", "--colour", "red"],
      ["label", "create", "--force"],
      ["issue", "create", "--title"],
      ["label", "create", "x", "--force", "--repo", "a/b"],
    ]);
  });

  it("creates only the labels the repository lacks, whatever their case there", () => {
    const result = run({ FAKE_GH_LABELS: "Journey-Mapper\nSTAGE-BEHOV\nbug\n" });
    expect(result.status).toBe(0);
    expect(result.labelsCreated).toEqual([
      "priority-high",
      "priority-medium",
      "stage-kunden-jämför-erbjudanden-från-flera",
      "priority-low",
      "idea",
      "stage-kunden-jämför-erbjudanden-från-flera-2",
      "suggestion",
    ]);
  });

  it("goes on after failed calls, names them at the end and exits 1", () => {
    const second = issues[1]?.title as string;
    const result = run({ FAKE_GH_FAIL: `idea\n${second}\n` });
    expect(result.status).toBe(1);
    // Every issue was still tried, the failed one included.
    expect(result.titles).toEqual(issues.map((issue) => issue.title));
    expect(result.stderr).toContain("issues.sh: 2 calls failed:\n  label: idea\n");
    expect(result.stderr).toContain(`  issue: ${second}\n`);
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe(`  issue: ${second}`);
  });

  it("says one failed call in the singular", () => {
    const result = run({ FAKE_GH_FAIL: "idea\n" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("issues.sh: 1 call failed:\n  label: idea\n");
  });

  it("stops before creating anything when the labels cannot be listed", () => {
    const result = run({ FAKE_GH_FAIL: "label list\n" });
    expect(result.status).toBe(1);
    expect(result.titles).toEqual([]);
    expect(result.labelsCreated).toEqual([]);
    expect(result.stderr).toMatch(/could not list the repository's labels .*no issue was created/);
  });

  it("hides no failure: no `|| true`, no `set -e` that would stop at the first one", () => {
    expect(script).not.toMatch(/\|\|\s*true/);
    expect(script).not.toMatch(/set -e/);
  });
});
