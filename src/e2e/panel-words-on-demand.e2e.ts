import { expect } from "vitest";
import { panelOutcome } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

/** The built chunk of one language's panel words: `assets/sv-<hash>.js`. */
const wordsChunk = (language: string) => new RegExp(`/assets/${language}-[\\w-]+\\.js$`);

test("the panel fetches only its own language's words, and another's when switched to, or says why not", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  const fetched: string[] = [];
  page.on("request", (request) => {
    const language = /\/assets\/(en|sv|da)-[\w-]+\.js$/.exec(request.url())?.[1];
    if (language !== undefined) fetched.push(language);
  });
  await expect
    .poll(() => panel.getByRole("tab").allTextContents())
    .toEqual(["Start a workshop", "Analyse", "Export"]);
  const language = panel.getByLabel("Panel language");
  // At start, the panel's frame fetched English words alone.
  const panelFrame = page.frames().find((frame) => frame.url().includes("panel.html"));
  const loadedAtStart = await panelFrame?.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => /\/assets\/(en|sv|da)-[\w-]+\.js$/.exec(entry.name)?.[1])
      .filter((language) => language !== undefined),
  );
  expect(loadedAtStart).toEqual(["en"]);

  // Swedish cannot be fetched: the panel stays in English and says so, in English.
  await page.route(wordsChunk("sv"), (route) => route.abort("internetdisconnected"));
  await language.selectOption({ label: "Svenska" });
  await expect
    .poll(async () => (await panelOutcome(panel)).error)
    .toBe(
      "The other language could not be loaded, so the panel stays in English. Check the connection, then choose the language again.",
    );
  expect(await panel.getByRole("tab").allTextContents()).toEqual([
    "Start a workshop",
    "Analyse",
    "Export",
  ]);
  expect(await language.inputValue()).toBe("en");

  // Back online, Swedish chosen again comes.
  await page.unroute(wordsChunk("sv"));
  await language.selectOption({ label: "Svenska" });
  await expect
    .poll(() => panel.getByRole("tab").allTextContents())
    .toEqual(["Starta en workshop", "Analysera", "Exportera"]);
  expect((await panelOutcome(panel)).error).toBe("");
  // Swedish asked for twice, once refused; Danish never.
  expect(fetched).toEqual(["sv", "sv"]);
});
