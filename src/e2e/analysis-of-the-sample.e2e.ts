import type { FrameLocator } from "playwright-core";
import { expect } from "vitest";
import { boxSelect } from "./harness/box-select";
import { drawnItems } from "./harness/drawn-items";
import { inView } from "./harness/in-view";
import { analyseWholeBoard, runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

const STAGES = [
  "1. Behov",
  "2. Hitta info",
  "3. Beställa",
  "4. Installation",
  "5. Första fakturan",
];

/** The preview's table: stage headings, and per lane its title and counts. */
async function journeyTable(panel: FrameLocator) {
  const table = panel.getByRole("table", { name: "Notes per stage and lane" });
  const stages = (await table.locator("thead th").allTextContents()).slice(1);
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      lane: tr.querySelector("th")?.textContent ?? "",
      counts: [...tr.querySelectorAll("td")].map((td) => Number.parseInt(td.textContent ?? "", 10)),
    })),
  );
  return { stages, rows };
}

/** The unplaced notes the panel lists: what each says, and why it has no place. */
function unplacedNotes(panel: FrameLocator) {
  return panel.locator(".jm-unplaced li").evaluateAll((items) =>
    items.map((item) => ({
      button: item.querySelector("button")?.textContent ?? "",
      reason: item.querySelector(".jm-reason")?.textContent ?? "",
    })),
  );
}

test("the sample board analysed: stages by lanes, the hotspot, and every note without a place, with why", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();

  expect(await analyseWholeBoard(panel)).toEqual({
    report: "Analysed: 95 notes placed, 2 not placed.",
    error: "",
  });
  await expect.poll(() => panel.getByText("95 notes in 5 stages.").count()).toBe(1);
  const table = await journeyTable(panel);
  expect(table.stages).toEqual(STAGES);
  // The touchpoints' row has no label on the board: it is read from its notes' colour and named
  // in the panel's words.
  expect(table.rows.map((row) => row.lane)).toEqual([
    "Kundens aktiviteter",
    "Touchpoints",
    "Känslor",
    "Smärtpunkter",
    "Det som fungerar",
    "Idéer",
    "Åtgärder",
  ]);
  expect(table.rows.find((row) => row.lane === "Smärtpunkter")?.counts).toEqual([3, 4, 4, 7, 3]);
  // Every placed note is counted in a cell, except those the panel says lie outside the stages.
  const inCells = table.rows.flatMap((row) => row.counts).reduce((sum, count) => sum + count, 0);
  expect(
    await panel.getByText("9 notes lie outside the stages (a parking lot, for example).").count(),
  ).toBe(1);
  expect(inCells).toBe(95 - 9);

  // The hotspot: named in words and marked in the table.
  const hotspot = panel.getByRole("region", { name: "Hotspot" });
  expect(await hotspot.locator("p").textContent()).toMatch(
    /^Hotspot: 4\. Installation, 7 pain points, feelings at −1\.0\./,
  );
  expect(await panel.locator("thead th.jm-hotspot").allTextContents()).toEqual(["4. Installation"]);

  expect(await panel.getByRole("heading", { name: "Not placed (2)" }).count()).toBe(1);
  expect(await unplacedNotes(panel)).toEqual([
    {
      button: "Show on board: Fika kl 15 ☕",
      reason: "It lies outside every stage, and its colour (black) means nothing in the legend.",
    },
    {
      button: "Show on board: Nästa workshop: 2 april",
      reason: "It lies outside every stage, and its colour (dark blue) marks stage headers.",
    },
  ]);

  // "Show on board" brings that very note into view and flashes it, and nothing else.
  const fika = (await drawnItems(page)).find((item) => item.text === "Fika kl 15 ☕");
  if (!fika) throw new Error("the sample has no “Fika kl 15 ☕” note");
  await panel.getByRole("button", { name: "Show on board: Fika kl 15 ☕" }).click();
  await expect
    .poll(() =>
      page.locator(".jm-flash").evaluateAll((items) => items.map((item) => item.dataset.itemId)),
    )
    .toEqual([fika.id]);
  await expect.poll(() => inView(page, playground.boardItem(fika.id), "centre")).toBe(true);

  await playground.screenshot("analysis-of-the-sample");
});

test("a colour's new meaning is kept on the board: the notes are read again, and again after a reload", async ({
  playground,
}) => {
  const panel = playground.panel();
  await analyseWholeBoard(panel);
  await panel.locator("summary", { hasText: "Legend" }).click();
  expect(await panel.getByText("The legend drawn on the board.").count()).toBe(1);
  const black = panel.getByLabel("Meaning of black");
  expect(await black.inputValue()).toBe("none");

  // The team used black for questions: "Fika kl 15 ☕" now has a lane, beside the stages.
  await black.selectOption({ label: "Questions" });
  await expect
    .poll(() => panel.getByRole("status").textContent())
    .toBe("Saved for this board: black now means “Questions”. The board was analysed again.");
  expect(await panel.getByText("96 notes in 5 stages.").count()).toBe(1);
  expect(await panel.getByText("10 notes lie outside the stages").count()).toBe(1);
  expect(await panel.getByRole("heading", { name: "Not placed (1)" }).count()).toBe(1);
  expect(await panel.getByRole("button", { name: /^Show on board: / }).allTextContents()).toEqual([
    "Show on board: Nästa workshop: 2 april",
  ]);

  // The choice is board data: the next analysis, after a reload, reads the board the same way.
  await playground.reload();
  const after = await analyseWholeBoard(playground.panel());
  expect(after).toEqual({ report: "Analysed: 96 notes placed, 1 not placed.", error: "" });
  const panelAfter = playground.panel();
  await panelAfter.locator("summary", { hasText: "Legend" }).click();
  expect(await panelAfter.getByText("This board's saved choice.").count()).toBe(1);
  expect(await panelAfter.getByLabel("Meaning of black").inputValue()).toBe("question");

  await playground.screenshot("legend-kept-on-the-board");
});

test("a stage selected on the board, or one frame, reads as it does on the whole board", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  await panel.getByRole("tab", { name: "Analyse" }).click();

  // A Shift-drag around the frame "4. Installation" selects it and its 29 stickies, six of them
  // "+1" dot votes; the panel counts them, and reads 23 notes.
  await boxSelect(page, page.locator("[data-kind=frame]", { hasText: "4. Installation" }));
  await expect.poll(() => page.locator(".jm-selected").count()).toBe(30);
  const selection = panel.getByRole("radio", { name: "Selection (30 selected)" });
  await expect.poll(() => selection.count()).toBe(1);
  await selection.check();
  expect(await runTask(panel, "Analyse")).toEqual({
    report: "Analysed: 23 notes placed, 0 not placed.",
    error: "",
  });
  // Read by the team's legend drawn beside the journey: its pink notes are feelings, and the
  // stage feels as it does in the whole board's analysis.
  const table = await journeyTable(panel);
  expect(table.rows.find((row) => row.lane === "Feelings")?.counts).toEqual([3]);
  expect(table.rows.find((row) => row.lane === "Pain points")?.counts).toEqual([7]);
  expect(await panel.locator(".jm-feeling").allTextContents()).toEqual(["🙁 Negative (−1.0)"]);

  // One frame, chosen in the panel: the preview says it is out of date until analysed again.
  await panel.getByRole("radio", { name: "One frame or section" }).check();
  await panel
    .getByLabel("Frame or section", { exact: true })
    .selectOption({ label: "2. Hitta info" });
  expect(
    await panel
      .getByText(
        "The board or your choice has changed since this preview. Analyse again to update it.",
      )
      .count(),
  ).toBe(1);
  // Its 20 stickies are 17 notes and three "+1" dot votes.
  expect(await runTask(panel, "Analyse again")).toEqual({
    report: "Analysed: 17 notes placed, 0 not placed.",
    error: "",
  });
  expect(await panel.locator(".jm-feeling").allTextContents()).toEqual(["😐 Neutral (−0.5)"]);

  await playground.screenshot("analysis-of-a-selection-and-a-frame");
});
