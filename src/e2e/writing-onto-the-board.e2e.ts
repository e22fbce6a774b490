import { expect } from "vitest";
import { drawnItems } from "./harness/drawn-items";
import { analyseWholeBoard, runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

const NOTHING_TO_CHANGE = { report: "Nothing to change: the board already shows this.", error: "" };

test("summaries and the action list go onto the board once; writing them again changes nothing", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  const sampleItems = await playground.boardItems().count();
  await analyseWholeBoard(panel);
  // The board is in Swedish, so that is what the panel writes on it.
  expect(await panel.getByLabel("Language of what is written on the board").inputValue()).toBe(
    "sv",
  );

  expect(await runTask(panel, "Write summaries")).toEqual({
    report: "Wrote 5 stage summaries and a headline: 6 new, 0 changed, 0 removed.",
    error: "",
  });
  await expect.poll(() => page.locator(".jm-mine").count()).toBe(6);
  const summaries = (await drawnItems(page)).filter((item) => item.mine).map((item) => item.text);
  expect(summaries.find((text) => text.startsWith("Hotspot: "))).toMatch(
    /^Hotspot: 4\. Installation, 7 smärtpunkter, känslor på −1,0\./,
  );
  for (const stage of ["1. Behov", "2. Hitta info", "3. Beställa", "4. Installation"]) {
    expect(summaries.some((text) => text.startsWith(`${stage}: `))).toBe(true);
  }

  expect(await runTask(panel, "Write the action list")).toEqual({
    report: "Wrote the action list: 16 new, 0 changed, 0 removed.",
    error: "",
  });
  await expect.poll(() => page.locator(".jm-mine").count()).toBe(22);
  const cards = (await drawnItems(page)).filter((item) => item.mine && item.kind === "card");
  const card = (title: string) => cards.find((item) => item.text === title)?.detail;
  // The sample's planned actions, with their owners and dates as the team wrote them.
  expect(card("Flyttformuläret till startsidan")).toContain("Ägare: @lina");
  expect(card("Flyttformuläret till startsidan")).toContain("2026-04-15");
  expect(card("Router levereras 5 dagar före flytt")).toContain("Ägare: @lina");
  expect(card("Skicka bekräftelse inom 1 h")).toContain("Ägare: @ahmed");
  expect(card("SMS-avisering av teknikerbesök")).toContain("Ägare: @johan");
  expect(cards.filter((item) => item.text.startsWith("Idé: ")).length).toBeGreaterThan(5);
  const frames = (await drawnItems(page)).filter((item) => item.mine && item.kind === "frame");
  expect(frames.map((frame) => frame.text)).toEqual(["Åtgärder"]);

  // Written again: the panel says so, and the board holds no second copy of anything.
  const before = await drawnItems(page);
  expect(await runTask(panel, "Write summaries")).toEqual(NOTHING_TO_CHANGE);
  expect(await runTask(panel, "Write the action list")).toEqual(NOTHING_TO_CHANGE);
  expect(await page.locator(".jm-mine").count()).toBe(22);
  expect(await playground.boardItems().count()).toBe(sampleItems + 22);
  expect(await drawnItems(page)).toEqual(before);

  await playground.screenshot("summaries-and-action-list");
});

test("the feelings curve: a point per stage at its feeling, joined by lines", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  await analyseWholeBoard(panel);

  expect(await runTask(panel, "Draw the feelings curve")).toEqual({
    report: "Drew the feelings curve: 10 new, 0 changed, 0 removed.",
    error: "",
  });
  await expect.poll(() => page.locator(".jm-mine").count()).toBe(10);
  const mine = (await drawnItems(page)).filter((item) => item.mine);
  expect(mine.filter((item) => item.kind === "text").map((item) => item.text)).toEqual(["Känslor"]);
  // The points, left to right, carry each stage's feeling, as the panel's preview gave them.
  const points = mine.filter((item) => item.kind === "shape").sort((a, b) => a.left - b.left);
  expect(points.map((point) => point.text)).toEqual(["0,0", "−0,5", "+0,5", "−1,0", "−1,0"]);
  const [neutral, slightlyDown, up, down, stillDown] = points.map((point) => point.top);
  expect(up).toBeLessThan(neutral ?? 0);
  expect(neutral).toBeLessThan(slightlyDown ?? 0);
  expect(slightlyDown).toBeLessThan(down ?? 0);
  expect(down).toBe(stillDown);
  expect(await page.locator("[data-kind=connector].jm-mine").count()).toBe(4);

  expect(await runTask(panel, "Draw the feelings curve")).toEqual(NOTHING_TO_CHANGE);
  expect(await page.locator(".jm-mine").count()).toBe(10);

  await playground.screenshot("feelings-curve");
});
