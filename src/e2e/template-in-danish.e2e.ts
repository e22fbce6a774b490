import { expect } from "vitest";
import { centreInside, drawnItems } from "./harness/drawn-items";
import { inView } from "./harness/in-view";
import { isFocused } from "./harness/keyboard";
import { runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

test("a facilitator places a Danish template: it lands in free space, in view, once", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  const sampleItems = await playground.boardItems().count();
  expect(await playground.page.locator(".jm-mine").count()).toBe(0);

  await panel.getByRole("tab", { name: "Start a workshop" }).click();
  await panel.getByLabel("Title").fill("Flytning af bredbånd");
  await panel.getByLabel("Goal").fill("Færre opkald om flytning");
  await panel.getByLabel("Persona").fill("Mette, 34, flytter til Aarhus");
  // Without stages the panel says what to fix, at the field, and places nothing.
  const stages = panel.getByLabel("Stages");
  await stages.fill("");
  await panel.getByRole("button", { name: "Place template" }).click();
  await expect.poll(() => isFocused(stages)).toBe(true);
  expect(await panel.getByText("Check the fields marked below.").count()).toBe(1);
  expect(await panel.locator("#jm-start-stages-problem").textContent()).toBe(
    "A journey needs at least one stage.",
  );
  expect(await stages.getAttribute("aria-invalid")).toBe("true");
  expect(await page.locator(".jm-mine").count()).toBe(0);

  await stages.fill("Behov\nBestilling\nInstallation");
  await panel.getByLabel("Template language").selectOption({ label: "Dansk" });

  const placed = await runTask(panel, "Place template");
  expect(placed.error).toBe("");
  const count = Number(/^Template placed: (\d+) items\.$/.exec(placed.report)?.[1]);
  expect(count).toBeGreaterThan(20);
  await expect.poll(() => page.locator(".jm-mine").count()).toBe(count);
  expect(await playground.boardItems().count()).toBe(sampleItems + count);

  const items = await drawnItems(page);
  const mine = items.filter((item) => item.mine);
  const texts = mine.map((item) => item.text);
  // The stage names as typed, the lanes and the header in Danish.
  expect(texts).toEqual(expect.arrayContaining(["Behov", "Bestilling", "Installation"]));
  expect(texts).toEqual(
    expect.arrayContaining(["Kundens handlinger", "Smertepunkter", "Følelser", "Muligheder"]),
  );
  expect(texts).not.toContain("Pain points");
  const header = texts.find((text) => text.startsWith("Mål: "));
  expect(header).toContain("Mål: Færre opkald om flytning");
  expect(header).toContain("Persona: Mette, 34, flytter til Aarhus");

  // One frame holds the template; it lies in free space, clear of the sample's items.
  const frames = mine.filter((item) => item.kind === "frame");
  expect(frames.map((frame) => frame.text)).toEqual(["Flytning af bredbånd"]);
  const [frame] = frames;
  if (!frame) throw new Error("no template frame");
  expect(items.filter((item) => !item.mine && centreInside(item, frame))).toEqual([]);

  // The board glided to the template: its frame ends up wholly inside the board's region.
  await expect.poll(() => inView(page, playground.boardItem(frame.id))).toBe(true);

  // Placing the same template again adds nothing: the panel says it is there and shows it.
  const again = await runTask(panel, "Place template");
  expect(again).toEqual({
    report: "This template is already on the board, complete; it is now in view.",
    error: "",
  });
  expect(await page.locator(".jm-mine").count()).toBe(count);
  expect(await playground.boardItems().count()).toBe(sampleItems + count);

  await playground.screenshot("template-in-danish");
});
