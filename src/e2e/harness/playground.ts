import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from "playwright-core";
import { RESULTS_DIR } from "./e2e-paths";
import { guardForeignRequests } from "./foreign-requests";

/** A file the page offered for download, saved under the results folder. */
export interface DownloadedFile {
  name: string;
  path: string;
  text: string;
}

/** Options of {@link openPlayground}. */
export interface PlaygroundOptions {
  /** The browser's language, which the panel takes as its own; English by default. */
  locale?: string;
  /** The page to open, relative to the server; the playground's board page by default. */
  path?: string;
}

/**
 * The playground open in its own browser context (fresh storage), with helpers so a test reads as
 * what a person does: look at the board, work in the panel, load a board file, download, look.
 */
export class Playground {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly foreignRequests: readonly string[],
    private readonly pageErrors: readonly string[],
  ) {}

  /** Opens the playground and waits until the board has drawn items. */
  static async open(browser: Browser, baseUrl: string, options: PlaygroundOptions = {}) {
    const context = await browser.newContext({
      locale: options.locale ?? "en-US",
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(baseUrl).origin,
    });
    const foreign = await guardForeignRequests(context, baseUrl);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(new URL(options.path ?? "", baseUrl).href);
    const playground = new Playground(page, context, foreign, errors);
    await playground.boardItems().first().waitFor();
    return playground;
  }

  /** Reloads the page (the board comes back from local storage) and waits for the board. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.boardItems().first().waitFor();
  }

  /** The panel: the iframe that shows panel.html. */
  panel(): FrameLocator {
    return this.page.frameLocator('iframe[src*="panel.html"]');
  }

  /** The drawn board items, all or of one kind (`sticky`, `frame`, `shape`, ...). */
  boardItems(kind?: string): Locator {
    const kindFilter = kind === undefined ? "" : `[data-kind="${kind}"]`;
    return this.page.locator(`[data-item-id]${kindFilter}`);
  }

  /** One drawn item by its board id. */
  boardItem(id: string): Locator {
    return this.page.locator(`[data-item-id=${JSON.stringify(id)}]`);
  }

  /**
   * Loads a Miro or Figma REST JSON file through the playground's "Load board", and waits for
   * the outcome: a new panel beside the new board, or the playground's error.
   */
  async loadBoardFile(path: string): Promise<void> {
    const panelFrame = this.page.frames().find((frame) => frame.url().includes("panel.html"));
    const newPanel = this.page.waitForEvent("framenavigated", (frame) => frame === panelFrame);
    // Only one of the two outcomes comes; the other's wait ends in a timeout nobody reads.
    newPanel.catch(() => {});
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByRole("button", { name: /load board/i }).click();
    await (await chooser).setFiles(path);
    const loadError = this.page.locator("#load-error").waitFor();
    loadError.catch(() => {});
    await Promise.race([newPanel, loadError]).catch(() => {
      throw new Error(`Loading ${path}: neither a new panel nor a load error appeared.`);
    });
    await this.panel().getByRole("tab").first().waitFor();
  }

  /** Drags a drawn item by a distance in screen pixels, as a person would with the mouse. */
  async drag(item: Locator, by: { dx: number; dy: number }): Promise<void> {
    const box = await item.boundingBox();
    if (box === null) throw new Error("The item to drag is not on screen.");
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + by.dx, y + by.dy, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Runs `start` (a click, usually) and returns the file it made the page download. */
  async download(start: () => Promise<void>): Promise<DownloadedFile> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), start()]);
    const name = download.suggestedFilename();
    const path = join(RESULTS_DIR, "downloads", name);
    await download.saveAs(path);
    return { name, path, text: await readFile(path, "utf8") };
  }

  /** What the page last put on the clipboard. */
  clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Saves a full-page screenshot as `<name>.png` in the results folder; returns its path. */
  async screenshot(name: string): Promise<string> {
    await mkdir(RESULTS_DIR, { recursive: true });
    const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** What went wrong outside the test's own assertions: requests to other hosts, uncaught errors. */
  problems(): string[] {
    return [
      ...this.foreignRequests.map((request) => `request to another host: ${request}`),
      ...this.pageErrors.map((error) => `uncaught error in the page: ${error}`),
    ];
  }

  /** Closes the page and its context. */
  close(): Promise<void> {
    return this.context.close();
  }
}
