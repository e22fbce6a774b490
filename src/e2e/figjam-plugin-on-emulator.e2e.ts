import { expect } from "vitest";
import { drawnItems } from "./harness/drawn-items";
import { analyseWholeBoard, runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

test("on the emulated FigJam file, the panel works as the plugin's UI through its message bridge: template, analysis, summaries, once each", async ({
  openPlayground,
}) => {
  const playground = await openPlayground({ path: "?board=figjam-emulator" });
  const { page } = playground;
  const panel = playground.panel();
  expect(await page.locator("#platform").textContent()).toBe("FigJam (plugin API emulator)");
  const sampleItems = await playground.boardItems().count();
  expect(sampleItems).toBeGreaterThan(100);

  await panel.getByRole("tab", { name: "Start a workshop" }).click();
  await panel.getByLabel("Stages").fill("Behov\nBeställa\nInstallation");
  const placed = await runTask(panel, "Place template");
  expect(placed.error).toBe("");
  const count = Number(/^Template placed: (\d+) items\.$/.exec(placed.report)?.[1]);
  expect(count).toBeGreaterThan(20);
  await expect.poll(() => page.locator(".jm-mine").count()).toBe(count);

  const analysed = await analyseWholeBoard(panel);
  expect(analysed.error).toBe("");
  expect(analysed.report).toMatch(/^Analysed: \d+ notes placed, \d+ not placed\.$/);
  const placedNotes = Number(/^Analysed: (\d+)/.exec(analysed.report)?.[1]);
  expect(placedNotes).toBeGreaterThan(90);

  const summaries = await runTask(panel, "Write summaries");
  expect(summaries.error).toBe("");
  expect(summaries.report).toMatch(/: 6 new, 0 changed, 0 removed\.$/);
  await expect.poll(() => page.locator(".jm-mine").count()).toBe(count + 6);
  const texts = (await drawnItems(page)).filter((item) => item.mine).map((item) => item.text);
  expect(texts.some((text) => text.startsWith("Hotspot: "))).toBe(true);
  expect(await runTask(panel, "Write summaries")).toEqual({
    report: "Nothing to change: the board already shows this.",
    error: "",
  });
  expect(await playground.boardItems().count()).toBe(sampleItems + count + 6);
  await playground.screenshot("figjam-plugin-on-emulator");
});
