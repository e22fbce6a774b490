import type { FrameLocator } from "playwright-core";
import { expect } from "vitest";
import {
  type MiroRestItem,
  miroFrame,
  miroItemsPage,
  miroSticky,
  miroText,
  writeBoardFile,
} from "./harness/board-files";
import { analyseWholeBoard, runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

/** A journey as a team leaves it: a frame titled after it, its stage titles, notes under each. */
interface Journey {
  title: string;
  stages: string[];
  /** Per stage: a step (yellow), then pains (red). */
  notes: string[][];
}

const AS_IS: Journey = {
  title: "Idag",
  stages: ["Hitta", "Beställa", "Installera"],
  notes: [
    ["Söker på nätet", "För många val"],
    ["Ringer kundtjänst", "Lång kö", "Krånglig blankett"],
    ["Väntar på teknikern", "Tekniker kom aldrig"],
  ],
};
const TO_BE: Journey = {
  title: "Målbild",
  stages: ["Välja själv", "Klart direkt"],
  notes: [
    ["Jämför i appen", "Svårt att förstå priset"],
    ["Aktiverar själv", "Oro för avbrott"],
  ],
};

/** Journeys side by side, each in its own frame with its own header row of stage titles. */
function journeysFile(journeys: readonly Journey[]) {
  const items: MiroRestItem[] = [];
  let left = 0;
  journeys.forEach(({ title, stages, notes }, j) => {
    const width = stages.length * 800 + 400;
    items.push(miroFrame(`f${j}`, title, { x: left + width / 2, y: 600, width, height: 1600 }));
    stages.forEach((stage, s) => {
      const x = left + 400 + s * 800;
      items.push(miroText(`t${j}-${s}`, stage, { x, y: 0 }));
      (notes[s] ?? []).forEach((text, n) => {
        const colour = n === 0 ? "yellow" : "red";
        items.push(miroSticky(`n${j}-${s}-${n}`, text, colour, { x, y: 300 + n * 260 }));
      });
    });
    left += width + 600;
  });
  return miroItemsPage(items);
}

const stageHeadings = async (panel: FrameLocator) =>
  (await panel.locator("table thead th").allTextContents()).slice(1);

test("a board of an as-is and a to-be: the panel picks the to-be, previews, writes and exports it", async ({
  playground,
}) => {
  await playground.loadBoardFile(
    await writeBoardFile("idag-och-malbild.json", journeysFile([AS_IS, TO_BE])),
  );
  const panel = playground.panel();
  expect(await analyseWholeBoard(panel)).toEqual({
    report: "Analysed: 11 notes placed, 0 not placed.",
    error: "",
  });

  const choice = panel.getByRole("radiogroup", { name: "Journey" });
  expect(await choice.getByRole("radio").count()).toBe(2);
  expect(await choice.getByRole("radio", { name: "Idag" }).isChecked()).toBe(true);
  expect(await panel.getByText("The board holds 2 journeys.", { exact: false }).count()).toBe(1);
  expect(await stageHeadings(panel)).toEqual(AS_IS.stages);
  expect(await panel.getByText("7 notes in 3 stages.").count()).toBe(1);
  await playground.screenshot("journeys-as-is");

  await choice.getByText("Målbild").click();
  expect(await choice.getByRole("radio", { name: "Målbild" }).isChecked()).toBe(true);
  await expect.poll(() => stageHeadings(panel)).toEqual(TO_BE.stages);
  expect(await panel.getByText("4 notes in 2 stages.").count()).toBe(1);
  expect(await runTask(panel, "Write summaries")).toEqual({
    report: expect.stringMatching(/^Wrote 2 stage summaries/),
    error: "",
  });
  await playground.screenshot("journeys-to-be");

  // The export is of the journey chosen, and the choice is there too.
  await panel.getByRole("tab", { name: "Export" }).click();
  const exportChoice = panel.getByRole("radiogroup", { name: "Journey" });
  expect(await exportChoice.getByRole("radio", { name: "Målbild" }).isChecked()).toBe(true);
  await expect.poll(() => panel.locator("pre").textContent()).toContain("Målbild");
  expect(await panel.locator("pre").textContent()).not.toContain("Installera");

  // In Swedish and Danish, the choice and the count say so in their words.
  await panel.getByRole("tab", { name: "Analyse" }).click();
  for (const [language, name, count] of [
    ["sv", "Kundresa", "Tavlan rymmer 2 kundresor."],
    ["da", "Kunderejse", "Tavlen rummer 2 kunderejser."],
  ] as const) {
    await panel.locator(".jm-language select").selectOption(language);
    const said = panel.getByRole("radiogroup", { name });
    await said.waitFor();
    expect(await said.getByRole("radio", { name: "Målbild" }).isChecked()).toBe(true);
    expect(await panel.getByText(count, { exact: false }).count()).toBe(1);
    expect(await stageHeadings(panel)).toEqual(TO_BE.stages);
    await playground.screenshot(`journeys-${language}`);
  }
});

test("a board of one journey shows no journey choice", async ({ playground }) => {
  await playground.loadBoardFile(await writeBoardFile("idag.json", journeysFile([AS_IS])));
  const panel = playground.panel();
  expect(await analyseWholeBoard(panel)).toEqual({
    report: "Analysed: 7 notes placed, 0 not placed.",
    error: "",
  });
  expect(await stageHeadings(panel)).toEqual(AS_IS.stages);
  expect(await panel.getByRole("radiogroup").count()).toBe(0);
  expect(await panel.getByText("journeys", { exact: false }).count()).toBe(0);
});
