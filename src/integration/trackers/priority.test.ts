import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { listActions } from "../../core/actions/list-actions";
import { exportJourney } from "../../core/export/export-journey";
import type { GitHubIssue } from "../../core/export/github-issues";
import { PRIORITY_TABLE } from "../../core/export/tracker-priority";
import { trackerJourney } from "./tracker-journey";

const journey = trackerJourney();
const priorities = listActions(journey, "sv").actions.map((a) => a.priority ?? "none");

/** The priority column of a CSV export, row by row. */
function column(target: "jira" | "linear" | "asana" | "azure", name: string): string[] {
  const rows = parse(exportJourney(journey, target, { language: "sv", mode: "tracker" }), {
    columns: (header: string[]) =>
      header.map((h, i) => (header.indexOf(h) === i ? h : `${h}#${i}`)),
  }) as Record<string, string>[];
  return rows.map((row) => row[name] ?? "");
}

describe("one priority table, the same in every tracker", () => {
  it("holds every level the board knows: high, medium, low, and none", () => {
    expect(priorities).toEqual(["high", "medium", "low", "none", "none"]);
  });

  it("writes each action's priority from the table in all five trackers", () => {
    const expected = (tracker: keyof typeof PRIORITY_TABLE) =>
      priorities.map((p) => PRIORITY_TABLE[tracker][p] ?? "");
    expect(column("jira", "Priority")).toEqual(expected("jira"));
    expect(column("linear", "Priority")).toEqual(expected("linear"));
    expect(column("asana", "Priority")).toEqual(expected("asana"));
    expect(column("azure", "Priority")).toEqual(expected("azure"));
    const github = JSON.parse(
      exportJourney(journey, "github", { language: "sv" }),
    ) as GitHubIssue[];
    expect(
      github.map((issue) => issue.labels.find((l) => l.startsWith("priority-")) ?? ""),
    ).toEqual(expected("github"));
  });

  it("ranks the levels in the same order in every tracker, none below low", () => {
    // Each tracker's own scale, highest first.
    const scales: Record<keyof typeof PRIORITY_TABLE, (string | null)[]> = {
      jira: ["Highest", "High", "Medium", "Low", "Lowest"],
      linear: ["Urgent", "High", "Medium", "Low", "No priority"],
      azure: ["1", "2", "3", "4"],
      asana: ["High", "Medium", "Low", null],
      github: ["priority-high", "priority-medium", "priority-low", null],
    };
    for (const [tracker, scale] of Object.entries(scales)) {
      const row = PRIORITY_TABLE[tracker as keyof typeof PRIORITY_TABLE];
      const ranks = (["high", "medium", "low", "none"] as const).map((p) => scale.indexOf(row[p]));
      expect(
        ranks.every((rank) => rank >= 0),
        tracker,
      ).toBe(true);
      expect(
        [...ranks].sort((a, b) => a - b),
        tracker,
      ).toEqual(ranks);
      expect(new Set(ranks).size, tracker).toBe(4);
    }
  });
});
