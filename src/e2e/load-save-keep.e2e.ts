import type { Dialog } from "playwright-core";
import { expect } from "vitest";
import { readBoardFile } from "../adapters/board-file/read-board-file";
import { generateBoard } from "../corpus/generate-board";
import { bigBoard } from "./harness/big-board";
import { miroFrame, miroItemsPage, miroSticky, writeBoardFile } from "./harness/board-files";
import { drawnItems } from "./harness/drawn-items";
import { analyseWholeBoard } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

const SAMPLE = "Flytta bredband till ny adress";
const SAMPLE_ITEMS = 133;

test("a file that is not a board is refused in plain words, and the board on screen stays", async ({
  playground,
}) => {
  const { page } = playground;
  const alert = page.getByRole("alert");

  await playground.loadBoardFile(
    await writeBoardFile("shopping-list.json", { name: "Shopping", items: ["milk", "bread"] }),
  );
  await expect
    .poll(() => alert.textContent())
    .toMatch(
      /^“shopping-list\.json” is not a board file\. Choose a Miro REST items file .*\. The board on screen is unchanged\.$/,
    );
  expect(await playground.boardItems().count()).toBe(SAMPLE_ITEMS);
  expect(await page.locator("#board-name").textContent()).toBe(SAMPLE);

  await playground.loadBoardFile(await writeBoardFile("notes.json", "milk, bread"));
  await expect
    .poll(() => alert.textContent())
    .toMatch(
      /^“notes\.json” is not JSON, so it cannot be a board file \(.+\)\. Choose .* The board on screen is unchanged\.$/,
    );
  await playground.screenshot("not-a-board-file");

  await page.getByRole("button", { name: "Dismiss" }).click();
  expect(await alert.isVisible()).toBe(false);
  expect(await playground.boardItems().count()).toBe(SAMPLE_ITEMS);
});

test("a board of over 600 notes draws every note and analyses", async ({ playground }) => {
  const { page } = playground;
  const board = await bigBoard();
  const { notes } = board;
  expect(notes).toBeGreaterThanOrEqual(600);
  const stickies = board.items.filter((item) => item.kind === "sticky").length;

  await playground.loadBoardFile(await writeBoardFile("big-board.json", board.file));
  await expect
    .poll(() => page.locator("#notice").textContent())
    .toBe(`Loaded “big-board.json”: ${board.items.length} items.`);
  await expect.poll(() => playground.boardItems("sticky").count()).toBe(stickies);

  const panel = playground.panel();
  expect(await analyseWholeBoard(panel)).toEqual({
    report: `Analysed: ${notes} notes placed, 0 not placed.`,
    error: "",
  });
  const stageNames = board.items
    .filter((item) => item.kind === "frame")
    .sort((a, b) => a.x - b.x)
    .map((frame) => frame.text);
  expect(await panel.locator("table thead th").allTextContents()).toEqual(["Lane", ...stageNames]);
  const cells = (await panel.locator("table tbody td").allTextContents()).map((count) =>
    Number.parseInt(count, 10),
  );
  const outside = Number(
    /^(\d+) notes? lies? outside/.exec(
      (await panel.getByText(/outside the stages/).textContent()) ?? "",
    )?.[1] ?? 0,
  );
  expect(cells.reduce((sum, count) => sum + count, 0) + outside).toBe(notes);

  await playground.screenshot("board-of-600-notes");
});

test("a FigJam file: the board and the panel switch to FigJam, its colours in the legend", async ({
  playground,
}) => {
  const { page } = playground;
  const board = await generateBoard({
    kind: "frames",
    mess: "clean",
    platform: "figjam",
    seed: 2,
    stages: 4,
    language: "da",
  });
  // Mark the panel's page, to see it replaced by a panel for the new platform.
  const panel = playground.panel();
  await panel.locator("body").evaluate((body) => body.setAttribute("data-before", ""));
  await playground.loadBoardFile(await writeBoardFile("figjam-board.json", board.file));
  await expect.poll(() => page.locator("#platform").textContent()).toBe("FigJam");
  await expect.poll(() => panel.locator("body:not([data-before]) [role=tab]").count()).toBe(3);
  await expect
    .poll(() => playground.boardItems("sticky").count())
    .toBe(board.items.filter((item) => item.kind === "sticky").length);

  // The new panel reads the board as FigJam's.
  expect(await analyseWholeBoard(panel)).toEqual({
    report: `Analysed: ${board.truth.size} notes placed, 0 not placed.`,
    error: "",
  });
  await panel.locator("summary", { hasText: "Legend" }).click();
  const colours = await panel
    .locator(".jm-legend select")
    .evaluateAll((selects) => selects.map((select) => select.getAttribute("aria-label")));
  expect(colours).toContain("Meaning of teal");
  expect(colours).not.toContain("Meaning of cyan");
  await playground.screenshot("figjam-board");
});

test("Save board writes a Miro file that loads back: every note, the moved one where it was dragged", async ({
  playground,
}) => {
  const { page } = playground;
  const fikaOf = async () => (await drawnItems(page)).find((item) => item.text === "Fika kl 15 ☕");
  const before = await fikaOf();
  if (!before) throw new Error("the sample has no “Fika kl 15 ☕” note");
  await playground.drag(playground.boardItem(before.id), { dx: 0, dy: 60 });
  await expect.poll(async () => (await fikaOf())?.top).toBeGreaterThan(before.top);
  const moved = await fikaOf();

  const saved = await playground.download(() =>
    page.getByRole("button", { name: "Save board" }).click(),
  );
  expect(saved.name).toBe("flytta-bredband-till-ny-adress.miro.json");
  expect(await page.locator("#notice").textContent()).toBe(
    "Saved the board as “flytta-bredband-till-ny-adress.miro.json”. The file leaves out 1 other item (an image, say): Miro's items export has no place for them. The board as it is stays in this browser.",
  );
  const file = JSON.parse(saved.text) as { data: { type: string }[] };
  expect(file.data.filter((item) => item.type === "sticky_note")).toHaveLength(117);
  // Every item but the sample's one image: the writer leaves out what it cannot carry.
  const read = readBoardFile(file);
  if (!read.ok) throw new Error(read.error);
  const drawnKinds = await playground
    .boardItems()
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.kind));
  expect(drawnKinds.filter((kind) => kind === "other")).toHaveLength(1);
  expect(read.value.items).toHaveLength(SAMPLE_ITEMS - 1);

  // Back to the sample, then the saved file: the note is where it was dragged.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Reset" }).click();
  await expect.poll(async () => (await fikaOf())?.top).toBe(before.top);
  await playground.loadBoardFile(saved.path);
  await expect
    .poll(() => page.locator("#notice").textContent())
    .toBe(`Loaded “${saved.name}”: ${SAMPLE_ITEMS - 1} items.`);
  await expect.poll(fikaOf).toEqual(moved);
  expect(await playground.boardItems("sticky").count()).toBe(117);
});

test("the board survives a reload; Reset asks, then brings the sample back", async ({
  playground,
}) => {
  const { page } = playground;
  const small = miroItemsPage([
    miroFrame("frame", "1. Idea", { x: 500, y: 400, width: 1000, height: 800 }),
    miroSticky("a", "<p>Hears about us</p>", "light_yellow", { x: 200, y: 200 }),
    miroSticky("b", "<p>Cannot find the price</p>", "red", { x: 500, y: 500 }),
  ]);
  await playground.loadBoardFile(await writeBoardFile("small-board.json", small));
  await expect.poll(() => playground.boardItems().count()).toBe(3);
  await playground.drag(playground.boardItem("a"), { dx: 40, dy: 0 });
  await expect
    .poll(async () => (await drawnItems(page)).find((i) => i.id === "a")?.left)
    .toBeGreaterThan(100);
  const kept = await drawnItems(page);

  await playground.reload();
  expect(await page.locator("#board-name").textContent()).toBe("small-board");
  await expect.poll(() => drawnItems(page)).toEqual(kept);

  // Reset asks first; saying no keeps the board.
  const asked: string[] = [];
  const answer = (accept: boolean) => (dialog: Dialog) => {
    asked.push(dialog.message());
    return accept ? dialog.accept() : dialog.dismiss();
  };
  page.once("dialog", answer(false));
  await page.getByRole("button", { name: "Reset" }).click();
  expect(await playground.boardItems().count()).toBe(3);
  page.once("dialog", answer(true));
  await page.getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => playground.boardItems().count()).toBe(SAMPLE_ITEMS);
  expect(asked).toEqual([
    "Replace this board with the sample board? Changes to this board will be lost.",
    "Replace this board with the sample board? Changes to this board will be lost.",
  ]);
  expect(await page.locator("#board-name").textContent()).toBe(SAMPLE);
  expect(await page.locator("#notice").textContent()).toBe("The sample board is back.");

  // And the sample is what a reload now shows.
  await playground.reload();
  expect(await playground.boardItems().count()).toBe(SAMPLE_ITEMS);
  expect(await page.locator("#board-name").textContent()).toBe(SAMPLE);
  await playground.screenshot("reset-to-the-sample");
});

test("a new board gets a new panel: the last board's analysis is neither written onto it nor exported", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  const writeSummaries = panel.getByRole("button", { name: "Write summaries" });
  await analyseWholeBoard(panel);
  expect(await writeSummaries.count()).toBe(1);

  const small = miroItemsPage([
    miroFrame("frame", "1. Idea", { x: 500, y: 400, width: 1000, height: 800 }),
    miroSticky("a", "<p>Hears about us</p>", "light_yellow", { x: 200, y: 200 }),
  ]);
  await playground.loadBoardFile(await writeBoardFile("another-board.json", small));
  await panel.getByRole("tab", { name: "Export" }).click();
  expect(
    await panel.getByText("The export is made from an analysis. Analyse the board first.").count(),
  ).toBe(1);
  await panel.getByRole("tab", { name: "Analyse" }).click();
  expect(await writeSummaries.count()).toBe(0);

  // Reset too: the sample comes back to a panel that has not read the small board.
  expect(await analyseWholeBoard(panel)).toEqual({
    report: "Analysed: 1 note placed, 0 not placed.",
    error: "",
  });
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => writeSummaries.count()).toBe(0);
  expect(await playground.boardItems().count()).toBe(SAMPLE_ITEMS);
});
