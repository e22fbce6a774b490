import { expect } from "vitest";
import { test } from "./harness/playground-test";

test("the playground opens on a drawn board with the panel beside it, asking no other host", async ({
  playground,
}) => {
  expect(await playground.boardItems().count()).toBeGreaterThan(0);
  expect(await playground.boardItems("sticky").count()).toBeGreaterThan(0);

  const tabs = playground.panel().getByRole("tab");
  await expect
    .poll(() => tabs.allTextContents())
    .toEqual(["Start a workshop", "Analyse", "Export"]);

  await playground.screenshot("playground-opened");
  expect(playground.problems()).toEqual([]);
});
