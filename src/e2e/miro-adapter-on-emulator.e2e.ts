import { expect } from "vitest";
import { drawnItems } from "./harness/drawn-items";
import { analyseWholeBoard, runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

test("on the emulated Miro board, the panel works through the Miro app's adapter: template, analysis, summaries, once each", async ({
  openPlayground,
}) => {
  const playground = await openPlayground({ path: "?board=miro-emulator" });
  const { page } = playground;
  const panel = playground.panel();
  expect(await page.locator("#platform").textContent()).toBe("Miro (Web SDK emulator)");
  const sampleItems = await playground.boardItems().count();
  expect(sampleItems).toBeGreaterThan(100);

  await panel.getByRole("tab", { name: "Start a workshop" }).click();
  await panel.getByLabel("Stages").fill("Behov\nBeställa\nInstallation");
  const placed = await runTask(panel, "Place template");
  expect(placed.error).toBe("");
  const count = Number(/^Template placed: (\d+) items\.$/.exec(placed.report)?.[1]);
  expect(count).toBeGreaterThan(20);
  await expect.poll(() => page.locator(".jm-mine").count()).toBe(count);

  // The sample's notes, read through the Web SDK (frames' children relative to their frame),
  // analyse as they do on the in-memory board.
  const analysed = await analyseWholeBoard(panel);
  expect(analysed.error).toBe("");
  expect(analysed.report).toBe("Analysed: 95 notes placed, 2 not placed.");

  expect(await runTask(panel, "Write summaries")).toEqual({
    report: "Wrote 5 stage summaries and a headline: 6 new, 0 changed, 0 removed.",
    error: "",
  });
  await expect.poll(() => page.locator(".jm-mine").count()).toBe(count + 6);
  const summaries = (await drawnItems(page)).filter((item) => item.mine).map((item) => item.text);
  expect(summaries.find((text) => text.startsWith("Hotspot: "))).toMatch(
    /^Hotspot: 4\. Installation, 7 smärtpunkter/,
  );
  expect(await runTask(panel, "Write summaries")).toEqual({
    report: "Nothing to change: the board already shows this.",
    error: "",
  });
  expect(await playground.boardItems().count()).toBe(sampleItems + count + 6);
  await playground.screenshot("miro-adapter-on-emulator");
});
