import { fileURLToPath } from "node:url";
import { defineConfig, type ViteUserConfig } from "vitest/config";
import { MIRO_SDK_URL } from "./src/apps/miro/miro-sdk-url.ts";
import { figmaPlugin } from "./src/build/figma-plugin.ts";
import { twoPageApp } from "./src/build/two-page-app.ts";

/**
 * A panel page, core included, may load at most this much JavaScript, gzipped, to open:
 * everything at load and its words, one language of them. What a task fetches later, when the
 * facilitator asks for it (the exports), is printed with the rest on demand, not budgeted.
 */
const PANEL_BUDGET_BYTES = 60_000;

const fromRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The Miro app (`--mode miro`): its headless entry page, which Miro loads on the board and which
 * opens the panel, and the panel page, to dist/miro. Its pages may load Miro's SDK script, and
 * nothing else from another host. `vite --mode miro` serves it where Miro's app URL points while
 * developing.
 */
const miroApp = (): ViteUserConfig => ({
  ...twoPageApp({
    root: fromRepo("./src/apps/miro/"),
    outDir: fromRepo("./dist/miro"),
    page: "index.html",
    panel: "app.html",
    panelBudget: PANEL_BUDGET_BYTES,
    allow: [MIRO_SDK_URL],
  }),
  server: { port: 3000, strictPort: true },
});

/**
 * The FigJam plugin (`--mode figjam`) to dist/figjam, where manifest.json points: code.js, the
 * main side Figma runs in its sandbox, and ui.html, the panel with everything inlined.
 */
const figjamPlugin = (): ViteUserConfig =>
  figmaPlugin({
    root: fromRepo("./src/apps/figjam/"),
    ui: "ui.html",
    main: fromRepo("./src/apps/figjam/main.ts"),
    outDir: fromRepo("./dist/figjam"),
  });

// Vite serves and builds the playground (the default mode); Vitest runs from the repository root.
const playground = (): ViteUserConfig => ({
  ...twoPageApp({
    root: fromRepo("./src/apps/playground/"),
    outDir: fromRepo("./dist/playground"),
    page: "index.html",
    panel: "panel.html",
    panelBudget: PANEL_BUDGET_BYTES,
  }),
  test: {
    root: fromRepo("."),
    setupFiles: ["src/test-setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
          environment: "node",
          // The executable's tests run the command line's bundle, built from the sources first.
          globalSetup: ["src/build/cli-bundle-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: [
            "src/e2e/**/*.e2e.ts",
            "src/apps/miro/**/*.e2e.ts",
            "src/apps/figjam/**/*.e2e.ts",
          ],
          environment: "node",
          globalSetup: ["src/e2e/harness/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});

export default defineConfig(({ mode }) => {
  if (mode === "miro") return miroApp();
  if (mode === "figjam") return figjamPlugin();
  return playground();
});
