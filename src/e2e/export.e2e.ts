import { parse } from "csv-parse/sync";
import type { FrameLocator } from "playwright-core";
import { expect } from "vitest";
import { isFocused } from "./harness/keyboard";
import { panelOutcome, runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

/** The Export tab on a board not yet analysed: the panel offers to analyse it first. */
async function openExportAndAnalyse(panel: FrameLocator): Promise<void> {
  await panel.getByRole("tab", { name: "Export" }).click();
  expect(
    await panel.getByText("The export is made from an analysis. Analyse the board first.").count(),
  ).toBe(1);
  expect((await runTask(panel, "Analyse the whole board")).report).toBe(
    "Analysed: 95 notes placed, 2 not placed.",
  );
  // The button went with the analysis; the keyboard goes on from the format.
  await expect.poll(() => isFocused(panel.getByLabel("Format"))).toBe(true);
}

test("Jira: the first rows shown, the file downloaded and parsed, the same text copied", async ({
  playground,
}) => {
  const panel = playground.panel();
  await openExportAndAnalyse(panel);
  const format = panel.getByLabel("Format");
  expect(
    await format
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
  ).toEqual([
    "jira",
    "linear",
    "asana",
    "azure",
    "github",
    "gh-script",
    "checklist",
    "actions",
    "markdown",
    "json",
    "stories",
  ]);
  await format.selectOption({ label: "Jira (CSV)" });
  expect(await panel.getByText("Issues for Jira's CSV importer, one per action.").count()).toBe(1);
  const preview = panel.getByRole("region", { name: "Start of the file" });
  await expect
    .poll(() => preview.locator("pre").textContent())
    .toMatch(
      /^Issue ID,Parent,Issue Type,Summary,Description,Priority,Labels,Labels,Labels,Due date,Assignee\n1,,Task,/,
    );

  const file = await playground.download(() =>
    panel.getByRole("button", { name: "Download" }).click(),
  );
  expect(file.name).toBe("journey-jira.csv");
  expect((await panelOutcome(panel)).report).toBe("Downloaded journey-jira.csv.");
  const [header, ...rows] = parse(file.text, { relax_column_count: false }) as string[][];
  expect(header).toEqual([
    "Issue ID",
    "Parent",
    "Issue Type",
    "Summary",
    "Description",
    "Priority",
    "Labels",
    "Labels",
    "Labels",
    "Due date",
    "Assignee",
  ]);
  expect(rows.map((row) => row[0])).toEqual(rows.map((_, index) => String(index + 1)));
  const row = rows.find((cells) => cells[3] === "Flyttformuläret till startsidan");
  expect(row?.[2]).toBe("Task");
  // Jira's importer reads the description as wiki markup: its characters are escaped.
  expect(row?.[4]).toContain("Ägare: \\@lina");
  expect(row?.[4]).toContain("Fas: 2. Hitta info");
  expect(row?.[9]).toBe("2026-04-15");
  // The panel has no people map: the owner is named in the description, the assignee left empty.
  expect(row?.[10]).toBe("");
  expect(rows.find((cells) => cells[3] === "Skicka bekräftelse inom 1 h")?.[4]).toContain(
    "Ägare: \\@ahmed",
  );

  // The preview is the start of that very file, and says how much more there is.
  const shown = (await preview.locator("pre").textContent())?.split("\n") ?? [];
  const lines = file.text.replace(/\r?\n$/, "").split(/\r?\n/);
  expect(shown).toEqual(lines.slice(0, shown.length));
  expect(await preview.getByText(/more lines?$/).textContent()).toBe(
    `… and ${lines.length - shown.length} more lines`,
  );

  // Copying is no task with progress: the panel just says it is done.
  await panel.getByRole("button", { name: "Copy" }).click();
  await expect
    .poll(async () => (await panelOutcome(panel)).report)
    .toBe("Copied to the clipboard.");
  expect(await playground.clipboardText()).toBe(file.text);

  await playground.screenshot("export-jira");
});

test("Journey JSON: the downloaded file is the journey as data, with its stages", async ({
  playground,
}) => {
  const panel = playground.panel();
  await openExportAndAnalyse(panel);
  await panel.getByLabel("Format").selectOption({ label: "Journey (JSON)" });
  await expect
    .poll(() => panel.locator("pre").textContent())
    .toMatch(/^\{\n {2}"schemaVersion": 1,/);

  const file = await playground.download(() =>
    panel.getByRole("button", { name: "Download" }).click(),
  );
  expect(file.name).toBe("journey.json");
  const journey = JSON.parse(file.text) as {
    schemaVersion: number;
    stages: { title: string | null }[];
    placements: unknown[];
    unplaced: { noteId: string }[];
  };
  expect(journey.schemaVersion).toBe(1);
  expect(journey.stages.map((stage) => stage.title)).toEqual([
    "1. Behov",
    "2. Hitta info",
    "3. Beställa",
    "4. Installation",
    "5. Första fakturan",
  ]);
  expect(journey.placements).toHaveLength(95);

  await playground.screenshot("export-journey-json");
});
