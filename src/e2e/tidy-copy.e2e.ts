import { expect } from "vitest";
import { bigBoard } from "./harness/big-board";
import { writeBoardFile } from "./harness/board-files";
import { centreInside, type DrawnItem, drawnItems } from "./harness/drawn-items";
import { inView } from "./harness/in-view";
import { analyseWholeBoard, panelOutcome, runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

const inAny = (item: DrawnItem, boxes: readonly DrawnItem[]) =>
  boxes.some((box) => centreInside(item, box));

test("a tidy copy: every note copied into its cell or the tray, the team's own notes left where they are", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  expect((await analyseWholeBoard(panel)).report).toBe("Analysed: 95 notes placed, 2 not placed.");
  expect(await panel.getByText("9 notes lie outside the stages").count()).toBe(1);
  const theirs = (await drawnItems(page)).filter((item) => !item.mine);

  const tidy = await runTask(panel, "Make a tidy copy");
  expect(tidy.error).toBe("");
  const created = Number(
    /^Made a tidy copy: (\d+) new, 0 changed, 0 removed\.$/.exec(tidy.report)?.[1],
  );
  await expect.poll(() => page.locator(".jm-mine").count()).toBe(created);

  const items = await drawnItems(page);
  // Not one of the team's items moved, changed or went: only copies were made.
  expect(items.filter((item) => !item.mine)).toEqual(theirs);

  const mine = items.filter((item) => item.mine);
  const frameTitles = mine.filter((item) => item.kind === "frame").map((item) => item.text);
  expect(frameTitles).toEqual(expect.arrayContaining(["Städad kopia", "Ej placerade"]));
  const cells = mine.filter((item) => item.kind === "shape" && item.text === "");
  const tray = mine.filter((item) => item.kind === "frame" && item.text === "Ej placerade");
  const copies = mine.filter((item) => item.kind === "sticky");
  const inCells = copies.filter((copy) => inAny(copy, cells));
  const inTray = copies.filter((copy) => inAny(copy, tray));

  // A copy per note in the stages' cells; the notes outside the stages and those without a
  // place go to the tray, so nothing the team wrote is lost from the copy.
  expect(inCells).toHaveLength(95 - 9);
  expect(inTray).toHaveLength(9 + 2);
  expect(inTray.map((copy) => copy.text)).toEqual(
    expect.arrayContaining(["Fika kl 15 ☕", "Nästa workshop: 2 april"]),
  );
  const theirTexts = new Set(theirs.filter((item) => item.kind === "sticky").map((i) => i.text));
  expect([...inCells, ...inTray].filter((copy) => !theirTexts.has(copy.text))).toEqual([]);
  // The copies in the cells are laid out side by side, none on top of another.
  for (const [index, copy] of inCells.entries()) {
    for (const other of inCells.slice(index + 1)) {
      const apart =
        copy.left + copy.width <= other.left ||
        other.left + other.width <= copy.left ||
        copy.top + copy.height <= other.top ||
        other.top + other.height <= copy.top;
      expect(apart, `${copy.text} overlaps ${other.text}`).toBe(true);
    }
  }

  expect(await runTask(panel, "Make a tidy copy")).toEqual({
    report: "Nothing to change: the board already shows this.",
    error: "",
  });
  expect(await page.locator(".jm-mine").count()).toBe(created);

  // The copy is written beside the board, out of view: the facilitator fits the board to see it.
  await page.getByRole("button", { name: "Fit board" }).click();
  const copyFrame = mine.find((item) => item.text === "Städad kopia" && item.kind === "frame");
  await expect.poll(() => inView(page, playground.boardItem(copyFrame?.id ?? ""))).toBe(true);
  await playground.screenshot("tidy-copy");
});

test("a long tidy copy shows its progress, stops on Cancel, and finishes when run again", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  const board = await bigBoard();
  await playground.loadBoardFile(await writeBoardFile("big-board.json", board.file));
  await expect
    .poll(() => playground.boardItems("sticky").count())
    .toBe(board.items.filter((item) => item.kind === "sticky").length);
  expect((await analyseWholeBoard(panel)).report).toBe(
    `Analysed: ${board.notes} notes placed, 0 not placed.`,
  );

  await panel.getByRole("button", { name: "Make a tidy copy" }).click();
  const progress = panel.getByRole("progressbar", { name: "Making a tidy copy" });
  await expect
    .poll(async () => Number(await progress.getAttribute("aria-valuenow")))
    .toBeGreaterThan(0);
  const total = Number(await progress.getAttribute("aria-valuemax"));
  expect(total).toBeGreaterThan(board.notes);
  expect(await progress.getAttribute("aria-valuetext")).toMatch(new RegExp(`^\\d+ of ${total}$`));
  await panel.getByRole("button", { name: "Cancel" }).click();
  await expect
    .poll(async () => (await panelOutcome(panel)).report)
    .toBe("Stopped. What was written stays; run it again to finish.");
  expect(await progress.count()).toBe(0);
  const written = await page.locator(".jm-mine").count();
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(total);

  // Run again, it writes only what is missing.
  expect(await runTask(panel, "Make a tidy copy")).toEqual({
    report: `Made a tidy copy: ${total - written} new, 0 changed, 0 removed.`,
    error: "",
  });
  expect(await page.locator(".jm-mine").count()).toBe(total);
});
