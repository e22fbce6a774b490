import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { AppMarkSchema } from "../core/board/app-items/app-mark";
import { MIRO_APP_DIR } from "./harness/e2e-paths";
import { MiroApp } from "./harness/miro-app";
import { analyseWholeBoard, runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";
import { type StaticServer, serveStatic } from "./harness/static-server";
import { bundleSdkStandIn } from "./miro/bundle-stand-in";

let server: StaticServer | undefined;
let sdkScript = "";

beforeAll(async () => {
  if (!existsSync(join(MIRO_APP_DIR, "app.html"))) {
    throw new Error(`No build in ${MIRO_APP_DIR}: run \`npm run build\` first.`);
  }
  [server, sdkScript] = await Promise.all([serveStatic(MIRO_APP_DIR), bundleSdkStandIn()]);
});
afterAll(() => server?.close());

/** A custom property's value as a style sheet sets it, white space collapsed. */
function customProperty(css: string, name: string): string {
  const found = new RegExp(`${name}:\\s*([^;]+);`).exec(css);
  if (!found?.[1]) throw new Error(`No ${name} in the style sheet.`);
  return found[1].replace(/\s+/g, " ").trim();
}

/** `#rrggbb` as a computed colour reads. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

test("the built Miro app, Miro's SDK stood in by the emulator: the icon opens the panel, in Miro's look, which places a template, analyses the sample and writes the summaries once", async ({
  browser,
  onTestFinished,
}) => {
  if (server === undefined) throw new Error("The Miro app is not served.");
  const app = await MiroApp.open(browser, server.url, sdkScript);
  onTestFinished(async ({ task }) => {
    if (task.result?.state === "fail") {
      await app.screenshotPanel("failed miro-app-panel").catch(() => {});
    }
    await app.close();
  });
  const { page } = app;

  // The headless entry page shows nothing and opens nothing until the app's icon is clicked.
  expect(await page.evaluate(() => document.body.innerText.trim())).toBe("");
  expect(await page.evaluate(() => window.miroStandIn?.openedPanels)).toEqual([]);
  await page.evaluate(() => window.miroStandIn?.clickIcon());
  expect(await page.evaluate(() => window.miroStandIn?.openedPanels)).toEqual([
    { url: "app.html" },
  ]);

  const panel = app.panel();
  const frame = await app.panelFrame();
  await expect
    .poll(() => panel.getByRole("tab").allTextContents())
    .toEqual(["Start a workshop", "Analyse", "Export"]);
  expect(new URL(frame.url()).pathname).toBe("/app.html");
  const sampleItems = await frame.evaluate(() => window.miroStandIn?.records().length ?? 0);
  expect(sampleItems).toBeGreaterThan(100);

  // Miro's look: the theme's values, not the panel's defaults, reach the page.
  const [theme, defaults] = await Promise.all([
    readFile(new URL("../apps/miro/miro-theme.css", import.meta.url), "utf8"),
    readFile(new URL("../panel/panel.css", import.meta.url), "utf8"),
  ]);
  const accent = customProperty(theme, "--jm-accent");
  expect(accent).not.toBe(customProperty(defaults, "--jm-accent"));
  const look = await frame.evaluate(() => {
    const element = document.querySelector(".jm-panel");
    const style = element ? getComputedStyle(element) : undefined;
    return {
      bodyClass: document.body.className,
      font: style?.fontFamily,
      accent: style?.getPropertyValue("--jm-accent").trim(),
      radius: style?.getPropertyValue("--jm-radius").trim(),
    };
  });
  expect(look).toEqual({
    bodyClass: "jm-miro",
    font: customProperty(theme, "--jm-font"),
    accent,
    radius: customProperty(theme, "--jm-radius"),
  });
  await app.screenshotPanel("miro-app-panel-opened");

  await panel.getByRole("tab", { name: "Start a workshop" }).click();
  await panel.getByLabel("Stages").fill("Behov\nBeställa\nInstallation");
  const placeButton = panel.getByRole("button", { name: "Place template", exact: true });
  expect(await placeButton.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(
    rgb(accent),
  );
  const placed = await runTask(panel, "Place template");
  expect(placed.error).toBe("");
  const count = Number(/^Template placed: (\d+) items\.$/.exec(placed.report)?.[1]);
  expect(count).toBeGreaterThan(20);

  // The sample's notes, read through the Web SDK, analyse as on the playground's boards.
  expect(await analyseWholeBoard(panel)).toEqual({
    report: "Analysed: 95 notes placed, 2 not placed.",
    error: "",
  });
  expect(await runTask(panel, "Write summaries")).toEqual({
    report: "Wrote 5 stage summaries and a headline: 6 new, 0 changed, 0 removed.",
    error: "",
  });
  await app.screenshotPanel("miro-app-panel");
  expect(await runTask(panel, "Write summaries")).toEqual({
    report: "Nothing to change: the board already shows this.",
    error: "",
  });

  // On the board: the app's items, each marked in its metadata, and the people's untouched.
  const board = await frame.evaluate(() => ({
    records: window.miroStandIn?.records() ?? [],
    foreignChanges: window.miroStandIn?.foreignChanges(),
    meter: window.miroStandIn?.meter(),
  }));
  expect(board.foreignChanges).toEqual([]);
  expect(board.meter?.rejections).toEqual({ rateLimit: 0, failure: 0, notFound: 0, invalid: 0 });
  const people = board.records.filter((record) => record.origin === "user");
  expect(people).toHaveLength(sampleItems);
  const parts = board.records
    .filter((record) => record.origin === "app")
    .map((record) => {
      const mark = AppMarkSchema.safeParse("metadata" in record ? record.metadata.mark : null);
      return mark.success ? mark.data.part : `${record.type} ${record.id} without a mark`;
    });
  expect(parts.filter((part) => part === "template")).toHaveLength(count);
  expect(parts.filter((part) => part === "summaries")).toHaveLength(6);
  expect(parts).toHaveLength(count + 6);
  const summaries = board.records.flatMap((record) =>
    record.origin === "app" && "content" in record ? [record.content] : [],
  );
  expect(summaries.find((text) => text.includes("Hotspot: "))).toMatch(
    /Hotspot: 4\. Installation, 7 smärtpunkter/,
  );

  // Both pages loaded Miro's SDK script, and nothing else came from another host.
  expect(app.sdkLoadedBy().map((url) => new URL(url).pathname)).toEqual([
    "/index.html",
    "/app.html",
  ]);
  expect(app.problems()).toEqual([]);
});
