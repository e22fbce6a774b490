import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { UserConfig } from "vite";
import { modulesUnder } from "./modules-under.ts";
import { noRemoteFetches } from "./no-remote-fetch-plugin.ts";
import { type PageSizeOptions, pageSizes } from "./page-size-plugin.ts";
import { plainDynamicImports } from "./plain-dynamic-imports.ts";
import { terserPass } from "./terser-pass.ts";

/** Options of {@link twoPageApp}. */
export interface TwoPageAppOptions {
  /** The folder holding both pages' HTML: Vite's root, so the pages keep their names in the output. */
  root: string;
  /** Where both pages are written; emptied first. */
  outDir: string;
  /** The page that is not the panel (the playground's board, a Miro app's headless entry), in `root`. */
  page: string;
  /** The panel page, in `root`. */
  panel: string;
  /** Gzipped bytes the panel page may load to open: at load and its words, one language of them. */
  panelBudget: number;
  /**
   * The folder of the panel's words, which the panel loads at start, one language at a time, so
   * its budget counts them; the project's src/panel/words/ unless a test builds other words.
   */
  panelWords?: string;
  /** Remote addresses the built files may fetch after all, each exactly as written. */
  allow?: readonly string[];
  /** Where the size lines go; Vite's logger by default. */
  report?: PageSizeOptions["report"];
}

/** The panel's words: each language a chunk of its own, fetched as the panel opens. */
const PANEL_WORDS = fileURLToPath(new URL("../panel/words/", import.meta.url));

/**
 * The Vite configuration of an app of two pages, the panel page and another, built apart into one
 * folder: the panel page shares no chunk with the other, as inside Miro and FigJam, where the
 * panel is an iframe of its own. Both print their sizes; the panel page gets a terser pass,
 * plain dynamic imports and its budget, which counts what it loads to open (at load and its
 * words), not what a task fetches later (the exports); no built file may ask another host for
 * anything but `allow`.
 */
export function twoPageApp(options: TwoPageAppOptions): UserConfig {
  const { root, outDir, report } = options;
  // Each page's entry chunk is named after its HTML file: index.html -> assets/index-<hash>.js.
  const input = (page: string) => ({ [page.replace(/\.html$/, "")]: join(root, page) });
  const inEnvironment = (name: string) => (environment: { name: string }) =>
    environment.name === name;
  return {
    root,
    base: "./",
    build: { outDir, emptyOutDir: true },
    environments: {
      // The page is one chunk, so there is nothing to preload and no polyfill to ship.
      client: {
        build: {
          modulePreload: { polyfill: false },
          rolldownOptions: { input: input(options.page) },
        },
      },
      panel: {
        consumer: "client",
        build: {
          outDir,
          emptyOutDir: false,
          // Its other chunks come by dynamic import (the panel's words, a language at a time; the
          // exports, when first asked for) and need nothing preloaded: no preload links, no
          // preload helper.
          modulePreload: false,
          rolldownOptions: { input: input(options.panel) },
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
      { ...pageSizes({ report }), applyToEnvironment: inEnvironment("client") },
      { ...plainDynamicImports(), applyToEnvironment: inEnvironment("panel") },
      { ...terserPass(), applyToEnvironment: inEnvironment("panel") },
      {
        ...pageSizes({
          budgets: { [options.panel]: options.panelBudget },
          loadsAtStart: {
            label: "its words",
            chunk: modulesUnder(options.panelWords ?? PANEL_WORDS),
          },
          report,
        }),
        applyToEnvironment: inEnvironment("panel"),
      },
      noRemoteFetches({ allow: options.allow ?? [] }),
    ],
  };
}
