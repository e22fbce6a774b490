import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { listActions } from "../../core/actions/list-actions";
import { exportJourney } from "../../core/export/export-journey";
import {
  LONG_STAGE,
  LONG_TITLE,
  TWIN_STAGE,
  trackerJourney,
  trackerPeople,
} from "./tracker-journey";

// Jira, Asana and Azure DevOps publish no import code: their documented rules are checked on
// the CSV as csv-parse reads it (RFC 4180, as their importers do).

const people = trackerPeople();
const journey = trackerJourney();
const actions = listActions(journey, "sv").actions;

function rows(text: string): Record<string, string>[] {
  return parse(text, {
    columns: (header: string[]) =>
      header.map((h, i) => (header.indexOf(h) === i ? h : `${h}#${i}`)),
  });
}

describe("Jira's CSV importer rules", () => {
  const jira = rows(exportJourney(journey, "jira", { language: "sv", people, epics: true }));
  const tasks = jira.filter((r) => r["Issue Type"] === "Task");

  it("keeps every Summary within 255 characters, cut at a word, the whole title in the description", () => {
    expect(Math.max(...jira.map((r) => [...(r.Summary ?? "")].length))).toBeLessThanOrEqual(255);
    const long = tasks[2];
    expect(long?.Summary).toMatch(/^ord00 ord01 .* ord\d\d…$/);
    expect(LONG_TITLE.startsWith(long?.Summary?.slice(0, -1) ?? "-")).toBe(true);
    expect(long?.Description?.split("\n")[0]).toBe(`Hela titeln: ${LONG_TITLE}`);
  });

  it("assigns by email from the people map, handles matched whatever their case", () => {
    expect(tasks.map((r) => r.Assignee)).toEqual([
      "lina@example.com",
      "soren@example.dk",
      "",
      "",
      "",
    ]);
  });

  it("escapes the description for Jira's wiki markup with backslashes", () => {
    const markup = tasks[1]?.Description ?? "";
    expect(markup).toContain("Ägare: \\@søren");
    expect(tasks[1]?.Summary).toBe(actions[1]?.title);
    const rendered = (tasks[0]?.Description ?? "").replace(/\\(.)/g, "$1");
    expect(rendered).toContain("Ägare: @Lina\nSenast: 2027-01-15");
    // Every markup character of the description stands behind a backslash.
    expect(markup.replace(/\\./g, "")).not.toMatch(/[-#*_+?^~|%{}[\]()!@]/);
  });

  it("links each task to its stage's epic, epics first, and writes ISO due dates (yyyy-MM-dd on import)", () => {
    const epics = jira.filter((r) => r["Issue Type"] === "Epic");
    expect(epics.map((r) => r.Summary)).toEqual(["Behov", LONG_STAGE, TWIN_STAGE]);
    expect(tasks.map((r) => r.Parent)).toEqual(["1", "1", "2", "2", "3"]);
    expect(tasks[0]?.["Due date"]).toBe("2027-01-15");
  });
});

describe("Asana's CSV importer rules", () => {
  const asana = rows(exportJourney(journey, "asana", { language: "sv", people }));

  it("puts Name first and writes due dates as MM/DD/YYYY, assignees as emails", () => {
    expect(Object.keys(asana[0] ?? {})[0]).toBe("Name");
    expect(asana.map((r) => [r["Due Date"], r.Assignee])).toEqual([
      ["01/15/2027", "lina@example.com"],
      ["", "soren@example.dk"],
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    expect(asana.map((r) => r.Section)).toEqual(actions.map((a) => a.stageTitle));
  });
});

describe("Azure DevOps' CSV import rules", () => {
  it("keeps Title within 255 characters and assigns by email", () => {
    const azure = rows(exportJourney(journey, "azure", { language: "sv", people }));
    expect(Math.max(...azure.map((r) => [...(r.Title ?? "")].length))).toBeLessThanOrEqual(255);
    expect(azure.map((r) => r["Assigned To"])).toEqual([
      "lina@example.com",
      "soren@example.dk",
      "",
      "",
      "",
    ]);
    expect(azure[2]?.Description?.split("<br>")[0]).toBe(`Hela titeln: ${LONG_TITLE}`);
  });

  it("with --epics, writes a tree: an empty ID, each Epic in Title 1, its tasks in Title 2 under it", () => {
    const tree = rows(exportJourney(journey, "azure", { language: "sv", epics: true }));
    expect(Object.keys(tree[0] ?? {}).slice(0, 4)).toEqual([
      "ID",
      "Work Item Type",
      "Title 1",
      "Title 2",
    ]);
    expect(
      tree.map((r) => [r.ID, r["Work Item Type"], r["Title 1"], r["Title 2"]?.slice(0, 20)]),
    ).toEqual([
      ["", "Epic", "Behov", ""],
      ["", "Task", "", "Visa priset *tidigt*"],
      ["", "Task", "", "fråga @kundtjänst om"],
      ["", "Epic", LONG_STAGE, ""],
      ["", "Task", "", "ord00 ord01 ord02 or"],
      ["", "Task", "", "Chatt i stället för "],
      ["", "Epic", TWIN_STAGE, ""],
      ["", "Task", "", "Förslag: hitta ett s"],
    ]);
  });
});
