import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from "playwright-core";
import { MIRO_SDK_URL } from "../../apps/miro/miro-sdk-url";
import { RESULTS_DIR } from "./e2e-paths";
import { guardForeignRequests } from "./foreign-requests";

/** The frame the stand-in's `openPanel` shows the panel in. */
const PANEL_FRAME = "iframe[data-miro-panel]";

/**
 * The built Miro app open in its own browser context, Miro's SDK script stood in by a test
 * script (`src/e2e/miro/sdk-stand-in.ts`, bundled): every request to another host is blocked and
 * recorded, but for exactly Miro's SDK address, which gets the stand-in.
 */
export class MiroApp {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly foreignRequests: readonly string[],
    private readonly pageErrors: readonly string[],
    private readonly sdkLoads: readonly string[],
  ) {}

  /** Opens `path` of the app served at `baseUrl` (the entry page by default). */
  static async open(browser: Browser, baseUrl: string, sdkScript: string, path = "index.html") {
    const context = await browser.newContext({
      locale: "en-US",
      viewport: { width: 1024, height: 800 },
    });
    const foreign = await guardForeignRequests(context, baseUrl);
    // Registered after the guard, so Playwright tries it first; any other address still fails.
    const sdkLoads: string[] = [];
    await context.route(MIRO_SDK_URL, (route) => {
      sdkLoads.push(route.request().frame().url());
      return route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: sdkScript,
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(new URL(path, baseUrl).href);
    return new MiroApp(page, context, foreign, errors, sdkLoads);
  }

  /** The panel the stand-in opened, to work in as a person does. */
  panel(): FrameLocator {
    return this.page.frameLocator(PANEL_FRAME);
  }

  /** The panel's frame, to read its page's `miroStandIn`; waits for it to open. */
  async panelFrame(): Promise<Frame> {
    const frame = await (await this.page.waitForSelector(PANEL_FRAME)).contentFrame();
    if (frame === null) throw new Error("The panel's iframe has no frame.");
    return frame;
  }

  /** The pages (by address) that loaded Miro's SDK script, in order. */
  sdkLoadedBy(): string[] {
    return [...this.sdkLoads];
  }

  /** Saves a screenshot of the panel as `<name>.png` in the results folder; returns its path. */
  async screenshotPanel(name: string): Promise<string> {
    await mkdir(RESULTS_DIR, { recursive: true });
    const path = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
    await this.page.locator(PANEL_FRAME).screenshot({ path });
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
