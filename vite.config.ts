import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { noRemoteFetches } from "./src/build/no-remote-fetch-plugin.ts";
import { pageSizes } from "./src/build/page-size-plugin.ts";
import { terserPass } from "./src/build/terser-pass.ts";

/** The panel page, core included, may load at most this much JavaScript, gzipped (issue 9). */
const PANEL_BUDGET_BYTES = 60_000;

const fromRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const playground = fromRepo("./src/apps/playground/");
const outDir = fromRepo("./dist/playground");

// Vite serves and builds the playground (its root); Vitest runs from the repository root.
// The two pages build apart, into one folder: the panel page shares no chunk with the board
// page, as inside Miro and FigJam, where no playground is beside it.
export default defineConfig({
  root: playground,
  base: "./",
  build: { outDir, emptyOutDir: true },
  environments: {
    client: { build: { rolldownOptions: { input: { index: `${playground}index.html` } } } },
    panel: {
      consumer: "client",
      build: {
        outDir,
        emptyOutDir: false,
        // The panel page is one chunk: there is nothing to preload, so no polyfill for it.
        modulePreload: { polyfill: false },
        rolldownOptions: { input: { panel: `${playground}panel.html` } },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      for (const name of ["client", "panel"]) {
        const environment = builder.environments[name];
        if (!environment) throw new Error(`Vite has no ${name} environment to build`);
        await builder.build(environment);
      }
    },
  },
  plugins: [
    { ...pageSizes(), applyToEnvironment: (environment) => environment.name === "client" },
    { ...terserPass(), applyToEnvironment: (environment) => environment.name === "panel" },
    {
      ...pageSizes({ budgets: { "panel.html": PANEL_BUDGET_BYTES } }),
      applyToEnvironment: (environment) => environment.name === "panel",
    },
    noRemoteFetches(),
  ],
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
