import type { FrameLocator } from "playwright-core";
import { expect } from "vitest";
import { isFocused, tabTo } from "./harness/keyboard";
import { analyseWholeBoard, panelOutcome } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

test("in a Swedish browser the panel speaks Swedish, analysis and all, and can switch", async ({
  openPlayground,
}) => {
  const playground = await openPlayground({ locale: "sv-SE" });
  const panel = playground.panel();
  await expect
    .poll(() => panel.getByRole("tab").allTextContents())
    .toEqual(["Starta en workshop", "Analysera", "Exportera"]);
  expect(await panel.getByLabel("Panelens språk").inputValue()).toBe("sv");

  await panel.getByRole("tab", { name: "Analysera" }).click();
  await panel.getByRole("button", { name: "Analysera", exact: true }).click();
  await expect
    .poll(async () => (await panelOutcome(panel)).report)
    .toBe("Analysen är klar: 95 lappar placerade, 2 inte placerade.");
  expect(await panel.getByText("95 lappar i 5 faser.").count()).toBe(1);
  expect(await panel.getByRole("region", { name: "Hotspot" }).locator("p").textContent()).toBe(
    "Hotspot: 4. Installation, 7 smärtpunkter, känslor på −1,0. Största smärtpunkt: ”Routern kom efter flytten”.",
  );
  expect(await panel.getByRole("heading", { name: "Inte placerade (2)" }).count()).toBe(1);
  expect(await panel.locator(".jm-reason").allTextContents()).toEqual([
    "Lappen ligger utanför alla faser, och dess färg (svart) betyder ingenting i teckenförklaringen.",
    "Lappen ligger utanför alla faser, och dess färg (mörkblå) markerar fasrubriker.",
  ]);
  await playground.screenshot("panel-in-swedish");

  // A colleague who reads English switches the panel; the analysis stays.
  await panel.getByLabel("Panelens språk").selectOption({ label: "English" });
  await expect
    .poll(() => panel.getByRole("tab").allTextContents())
    .toEqual(["Start a workshop", "Analyse", "Export"]);
  expect(await panel.getByText("95 notes in 5 stages.").count()).toBe(1);
});

/** Whether the panel's page scrolls sideways: wider content than its window. */
function scrollsSideways(panel: FrameLocator): Promise<boolean> {
  return panel
    .locator("html")
    .evaluate(
      (html) => html.scrollWidth > html.clientWidth || document.body.scrollWidth > html.clientWidth,
    );
}

test("at 320 px wide the panel never scrolls sideways, whatever task it shows", async ({
  playground,
}) => {
  const { page } = playground;
  await page.setViewportSize({ width: 320, height: 720 });
  await expect
    .poll(async () => (await page.locator("iframe#panel").boundingBox())?.width)
    .toBe(320);
  const panel = playground.panel();

  await panel.getByRole("radio", { name: "Choose lanes myself" }).check();
  expect(await panel.getByRole("checkbox").count()).toBe(10);
  expect(await scrollsSideways(panel)).toBe(false);

  await analyseWholeBoard(panel);
  await panel.locator("summary", { hasText: "Legend" }).click();
  await panel.getByRole("radio", { name: "One frame or section" }).check();
  expect(await panel.getByLabel("Frame or section", { exact: true }).count()).toBe(1);
  expect(await scrollsSideways(panel)).toBe(false);

  await panel.getByRole("tab", { name: "Export" }).click();
  for (const format of ["Jira (CSV)", "GitHub CLI script", "Report (Markdown)"]) {
    await panel.getByLabel("Format").selectOption({ label: format });
    await panel.locator("pre").waitFor();
    expect(await scrollsSideways(panel), format).toBe(false);
  }
  await playground.screenshot("panel-at-320-px");
});

test("every task by keyboard alone: tabs, analyse, show a note, export, place a template", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  const press = (key: string) => page.keyboard.press(key);

  // From the top of the page, Tab goes through the toolbar and the board into the panel.
  await tabTo(page, panel.getByLabel("Panel language"));
  await press("Tab");
  const startTab = panel.getByRole("tab", { name: "Start a workshop" });
  expect(await isFocused(startTab)).toBe(true);

  // Arrow keys move between the tabs and open them.
  await press("ArrowRight");
  const analyseTab = panel.getByRole("tab", { name: "Analyse" });
  expect(await isFocused(analyseTab)).toBe(true);
  expect(await analyseTab.getAttribute("aria-selected")).toBe("true");
  await tabTo(page, panel.getByRole("button", { name: "Analyse", exact: true }));
  await press("Enter");
  await expect
    .poll(async () => (await panelOutcome(panel)).report)
    .toBe("Analysed: 95 notes placed, 2 not placed.");

  // Space on an unplaced note shows it on the board.
  await tabTo(page, panel.getByRole("button", { name: "Show on board: Fika kl 15 ☕" }));
  await press("Space");
  await expect.poll(() => page.locator(".jm-flash").allTextContents()).toEqual(["Fika kl 15 ☕"]);

  // Back to the tabs, on to Export: the format by arrow key, then Download with Enter.
  await tabTo(page, analyseTab, { backwards: true });
  await press("ArrowRight");
  const format = panel.getByLabel("Format");
  await tabTo(page, format);
  await press("Home");
  await expect.poll(() => format.inputValue()).toBe("jira");
  await tabTo(page, panel.getByRole("button", { name: "Download" }));
  const file = await playground.download(() => press("Enter"));
  expect(file.name).toBe("journey-jira.csv");

  // Home goes to the first tab; the form is filled and sent from the keyboard.
  await tabTo(page, panel.getByRole("tab", { name: "Export" }), { backwards: true });
  await press("Home");
  expect(await isFocused(startTab)).toBe(true);
  await tabTo(page, panel.getByLabel("Title"));
  await page.keyboard.type("Flytt av bredband");
  await tabTo(page, panel.getByLabel("Stages"));
  await page.keyboard.type("Behov\nBeställa\nInstallation");
  await tabTo(page, panel.getByRole("button", { name: "Place template" }));
  await press("Enter");
  await expect
    .poll(async () => (await panelOutcome(panel)).report)
    .toMatch(/^Template placed: \d+ items\.$/);
  expect(await page.locator(".jm-mine").allTextContents()).toContain("Flytt av bredband");
  await playground.screenshot("keyboard-alone");
});
