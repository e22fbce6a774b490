import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { twoPageApp } from "./src/build/two-page-app.ts";

/** The panel page, core included, may load at most this much JavaScript, gzipped (issue 9). */
const PANEL_BUDGET_BYTES = 60_000;

const fromRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Vite serves and builds the playground; Vitest runs from the repository root.
export default defineConfig({
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
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["src/e2e/**/*.e2e.ts"],
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
