import { type Browser, chromium } from "playwright-core";
import { test as base, inject } from "vitest";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";
import { Playground } from "./playground";

/**
 * Vitest's `test` with a `playground` fixture: each test gets the playground in a fresh context,
 * a screenshot when it fails, and fails itself when the page asked another host for anything or
 * threw an uncaught error. One chromium per worker.
 */
export const test = base
  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern.
  .extend("browser", { scope: "worker" }, async ({}, { onCleanup }) => {
    const browser: Browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    });
    onCleanup(() => browser.close());
    return browser;
  })
  .extend("playground", async ({ browser, task }, { onCleanup }) => {
    const playground = await Playground.open(browser, inject("e2eBaseUrl"));
    onCleanup(async () => {
      const problems = playground.problems();
      if (task.result?.state === "fail" || problems.length > 0) {
        await playground.screenshot(`failed ${task.name}`);
      }
      await playground.close();
      if (problems.length > 0) throw new Error(problems.join("\n"));
    });
    return playground;
  });
