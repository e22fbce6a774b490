import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listActions } from "../../core/actions/list-actions";
import { exportJourney } from "../../core/export/export-journey";
import { swedishJourney } from "../../fixtures/journeys";
import { loadLinearCsvImporter } from "./linear-importer";
import { trackerJourney, trackerPeople } from "./tracker-journey";

const journey = trackerJourney();
const actions = listActions(journey, "sv").actions;
const people = trackerPeople();
const LinearCsvImporter = loadLinearCsvImporter();

/** Our Linear CSV, written to a file and read by Linear's own importer. */
async function imported(csv: string) {
  const file = join(mkdtempSync(join(tmpdir(), "journey-mapper-linear-")), "linear.csv");
  writeFileSync(file, csv);
  return new LinearCsvImporter(file).import();
}

describe("Linear's own CSV importer (@linear/import) reads the Linear export", () => {
  it("gets every title and description back as written, the spreadsheet guard stripped", async () => {
    const data = await imported(exportJourney(journey, "linear", { language: "sv", people }));
    expect(data.issues.map((issue) => issue.title)).toEqual(actions.map((a) => a.title));
    expect(data.issues[1]?.title).toBe(
      "fråga @kundtjänst om {kod} [länk] -gammal- h1. rubrik (y) :P C:\\temp &amp;",
    );
    expect(data.issues[0]?.description).toMatch(
      /^Fas: Behov\nLöser: Priset syns sent\nÄgare: @Lina\n/,
    );
  });

  it("strips the spreadsheet guard itself: a formula-like title comes back as written", async () => {
    const formulas = swedishJourney([
      [0, "pain", "Priset"],
      [0, "action", "=SUM(A1:A3) räkna om"],
      [0, "opportunity", "+1 för chatt, -1 för kö"],
      [0, "action", "@lina -5 % rabatt"],
    ]);
    const csv = exportJourney(formulas, "linear", { language: "sv" });
    expect(csv).toContain("'=SUM(A1:A3) räkna om");
    const data = await imported(csv);
    expect(data.issues.map((issue) => issue.title)).toEqual(
      listActions(formulas, "sv").actions.map((a) => a.title),
    );
    expect(data.issues.map((issue) => issue.title)).toContain("-5 % rabatt");
  });

  it("maps our priorities to Linear's numbers: High 2, Medium 3, Low 4, none 0", async () => {
    const data = await imported(exportJourney(journey, "linear", { language: "sv" }));
    expect(data.issues.map((issue) => issue.priority)).toEqual([2, 3, 4, 0, 0]);
    expect(actions.map((a) => a.priority)).toEqual(["high", "medium", "low", null, null]);
  });

  it("reads the assignee from the people map (a name or email Linear matches), else none", async () => {
    const data = await imported(exportJourney(journey, "linear", { language: "sv", people }));
    expect(data.issues.map((issue) => issue.assigneeId)).toEqual([
      "Lina Svensson",
      "soren@example.dk",
      "",
      "",
      "",
    ]);
    const without = await imported(exportJourney(journey, "linear", { language: "sv" }));
    expect(without.issues.every((issue) => issue.assigneeId === "")).toBe(true);
  });

  it("splits labels as Linear does, each within 50 characters, suggestions labelled", async () => {
    const data = await imported(exportJourney(journey, "linear", { language: "sv" }));
    expect(data.issues.map((issue) => issue.labels)).toEqual([
      ["journey-mapper", "stage-behov"],
      ["journey-mapper", "stage-behov"],
      ["journey-mapper", "stage-kunden-jämför-erbjudanden-från-flera"],
      ["journey-mapper", "stage-kunden-jämför-erbjudanden-från-flera", "idea"],
      ["journey-mapper", "stage-kunden-jämför-erbjudanden-från-flera-2", "suggestion"],
    ]);
    expect(data.issues.map((issue) => issue.status)).toEqual([
      "Todo",
      "Todo",
      "Todo",
      "Backlog",
      "Backlog",
    ]);
  });

  it("leaves suggestions out when asked", async () => {
    const data = await imported(
      exportJourney(journey, "linear", { language: "sv", suggestions: false }),
    );
    expect(data.issues.map((issue) => issue.title)).toEqual(
      actions.filter((a) => a.status !== "suggested").map((a) => a.title),
    );
  });
});
