import { type Browser, chromium } from "playwright-core";
import { test as base, inject } from "vitest";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";
import { Playground, type PlaygroundOptions } from "./playground";

/**
 * Vitest's `test` with the playground as fixtures, one chromium per worker:
 * - `playground`: the playground open in English in a fresh context;
 * - `openPlayground(options)`: another one, e.g. in another language or on another page.
 * Every playground a test opened is screenshotted when the test fails, and fails the test when
 * its pages asked another host for anything or threw an uncaught error.
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
  .extend("openPlayground", async ({ browser, task }, { onCleanup }) => {
    const opened: Playground[] = [];
    onCleanup(async () => {
      const problems = opened.flatMap((playground) => playground.problems());
      for (const [index, playground] of opened.entries()) {
        if (task.result?.state === "fail" || problems.length > 0) {
          await playground.screenshot(`failed ${task.name}${index > 0 ? ` ${index + 1}` : ""}`);
        }
        await playground.close();
      }
      if (problems.length > 0) throw new Error(problems.join("\n"));
    });
    return async (options: PlaygroundOptions = {}) => {
      const playground = await Playground.open(browser, inject("e2eBaseUrl"), options);
      opened.push(playground);
      return playground;
    };
  })
  .extend("playground", async ({ openPlayground }) => openPlayground());
