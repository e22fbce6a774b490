import { parse } from "csv-parse/sync";
import { marked } from "marked";
import type { FrameLocator, Page } from "playwright-core";
import { expect } from "vitest";
import { miroFrame, miroItemsPage, miroSticky, writeBoardFile } from "./harness/board-files";
import { analyseWholeBoard, runTask } from "./harness/panel-tasks";
import { test } from "./harness/playground-test";

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = "<script>window.__pwned=1</script>";
const HYPERLINK = '=HYPERLINK("http://evil")';
const SUM = "+SUM(1;2)";
const OWNED = "@lina <b>bold</b>";

/**
 * A two-stage Miro board whose notes say what an attacker would type. Miro's REST API gives a
 * note's text as HTML: typed characters entity-escaped, formatting as tags; one note carries
 * raw tags as a crafted file could.
 */
function hostileBoard() {
  const at = (x: number, y: number) => ({ x, y });
  return miroItemsPage([
    miroFrame("stage-1", "1. Discover", { x: 600, y: 500, width: 1200, height: 1000 }),
    miroFrame("stage-2", "2. Buy", { x: 1900, y: 500, width: 1200, height: 1000 }),
    miroSticky("step-1", "<p>Looks for the moving form</p>", "light_yellow", at(200, 150)),
    miroSticky("step-2", "<p>Orders online</p>", "light_yellow", at(1500, 150)),
    miroSticky(
      "img",
      "<p>&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;</p>",
      "orange",
      at(300, 700),
    ),
    miroSticky(
      "script",
      "<p>&lt;script&gt;window.__pwned=1&lt;/script&gt;</p>",
      "red",
      at(600, 450),
    ),
    miroSticky("hyperlink", "<p>=HYPERLINK(&quot;http://evil&quot;)</p>", "cyan", at(1500, 800)),
    miroSticky("sum", "<p>+SUM(1;2)</p>", "cyan", at(1800, 800)),
    miroSticky("owned", "<p>@lina &lt;b&gt;bold&lt;/b&gt;</p>", "cyan", at(2100, 800)),
    miroSticky("raw", `<p>Raw <b>bold</b> and ${IMG} here</p>`, "red", at(1600, 450)),
    miroSticky(
      "parked",
      `<p>&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;</p>`,
      "black",
      at(3000, 500),
    ),
  ]);
}

/** What `window.__pwned` is in the playground page and in the panel's page. */
async function pwned(page: Page, panel: FrameLocator) {
  const read = () => (window as unknown as { __pwned?: unknown }).__pwned;
  return [await page.evaluate(read), await panel.locator("body").evaluate(read)];
}

test("a board of hostile text: drawn and listed as text, nothing runs, the exports are safe", async ({
  playground,
}) => {
  const { page } = playground;
  const panel = playground.panel();
  await playground.loadBoardFile(await writeBoardFile("hostile-board.json", hostileBoard()));
  await expect
    .poll(() => page.locator("#notice").textContent())
    .toBe("Loaded “hostile-board.json”: 11 items.");
  await playground.boardItem("img").waitFor();

  // Each note shows the characters that were typed; the raw tags are formatting, shown as text.
  const drawn = async (id: string) => playground.boardItem(id).textContent();
  expect(await drawn("img")).toBe(IMG);
  expect(await drawn("script")).toBe(SCRIPT);
  expect(await drawn("hyperlink")).toBe(HYPERLINK);
  expect(await drawn("sum")).toBe(SUM);
  expect(await drawn("owned")).toBe(OWNED);
  expect(await drawn("raw")).toBe("Raw bold and here");
  expect(await page.locator("#board img, #board script, #board b").count()).toBe(0);

  expect(await analyseWholeBoard(panel)).toEqual({
    report: "Analysed: 8 notes placed, 1 not placed.",
    error: "",
  });
  expect(await panel.getByRole("button", { name: /^Show on board: / }).allTextContents()).toEqual([
    `Show on board: ${IMG}`,
  ]);
  expect(await panel.getByRole("region", { name: "Hotspot" }).locator("p").textContent()).toContain(
    `Top pain: “${SCRIPT}”`,
  );
  expect(await panel.locator("#panel-root img, #panel-root script, #panel-root b").count()).toBe(0);

  // Written back onto the board, the words stay words.
  expect((await runTask(panel, "Write summaries")).error).toBe("");
  await expect
    .poll(() => page.locator(".jm-mine").allTextContents())
    .toContainEqual(expect.stringContaining(`“${SCRIPT}”`));
  expect(await page.locator("#board img, #board script, #board b").count()).toBe(0);
  expect(await pwned(page, panel)).toEqual([undefined, undefined]);

  // Linear's CSV is for spreadsheets by default: a cell that would start a formula is guarded.
  await panel.getByRole("tab", { name: "Export" }).click();
  await panel.getByLabel("Format").selectOption({ label: "Linear (CSV)" });
  const linear = await playground.download(() =>
    panel.getByRole("button", { name: "Download" }).click(),
  );
  const [header, ...rows] = parse(linear.text) as string[][];
  expect(header).toEqual(["Title", "Description", "Priority", "Status", "Assignee", "Labels"]);
  const titles = rows.map((row) => row[0]);
  expect(titles).toEqual(expect.arrayContaining([`'${HYPERLINK}`, `'${SUM}`, IMG, "<b>bold</b>"]));
  // Without a people map the owner is named in the description, and nobody is assigned.
  const owned = rows.find((row) => row[0] === "<b>bold</b>");
  expect(owned?.[4]).toBe("");
  expect(owned?.[1]).toContain("Owner: @lina");
  expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

  // The Markdown report escapes the tags, so a Markdown reader shows them and runs nothing.
  await panel.getByLabel("Format").selectOption({ label: "Report (Markdown)" });
  const report = await playground.download(() =>
    panel.getByRole("button", { name: "Download" }).click(),
  );
  expect(report.name).toBe("journey-report.md");
  const html = await marked.parse(report.text);
  expect(html).not.toMatch(/<(img|script|b)\b/i);
  expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
  expect(html).toContain("&lt;img src=x onerror=");
  expect(html).toContain("&lt;b&gt;bold&lt;/b&gt;");

  expect(await pwned(page, panel)).toEqual([undefined, undefined]);
  await playground.screenshot("hostile-board");
});
