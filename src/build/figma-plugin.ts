import { join } from "node:path";
import type { UserConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { builtFileSizes } from "./built-file-sizes.ts";
import { noRemoteFetches } from "./no-remote-fetch-plugin.ts";
import { plainDynamicImports } from "./plain-dynamic-imports.ts";

/** Options of {@link figmaPlugin}. */
export interface FigmaPluginOptions {
  /** The folder holding the UI page: Vite's root. */
  root: string;
  /** The UI page in `root`, built to one HTML file of the same name. */
  ui: string;
  /** The main (sandbox) side's entry module, built to `code.js`. */
  main: string;
  /** Where `code.js` and the UI page are written; emptied first. */
  outDir: string;
  /** Where the size lines go; Vite's logger by default. */
  report?: (lines: string[]) => void;
}

/** The syntax the sandbox's code is lowered to: object spread has failed there (ES2018). */
export const SANDBOX_TARGET = "es2017";

/**
 * The Vite configuration of a Figma or FigJam plugin, both halves into one folder: the main side,
 * which runs in Figma's sandbox, as one classic script (`code.js`: an IIFE lowered to ES2017, no
 * module syntax), and the UI as one HTML file with its scripts, styles and every dynamic import
 * inlined, for Figma hands the page to `figma.showUI` as a string (`__html__`) and serves no
 * other file. Each file's size is printed; there is no budget, as FigJam loads the plugin's files
 * locally, not over the network. No built file may ask another host for anything.
 */
export function figmaPlugin(options: FigmaPluginOptions): UserConfig {
  const { root, outDir, report } = options;
  const inEnvironment = (name: string) => (environment: { name: string }) =>
    environment.name === name;
  return {
    root,
    base: "./",
    publicDir: false,
    build: { outDir, emptyOutDir: true },
    environments: {
      client: {
        build: {
          modulePreload: false,
          rolldownOptions: {
            input: join(root, options.ui),
            output: { codeSplitting: false },
          },
        },
      },
      main: {
        consumer: "client",
        build: {
          outDir,
          emptyOutDir: false,
          target: SANDBOX_TARGET,
          lib: {
            entry: options.main,
            formats: ["iife"],
            name: "journeyMapperMain",
            fileName: () => "code.js",
          },
          rolldownOptions: { output: { codeSplitting: false } },
        },
      },
    },
    builder: {
      async buildApp(builder) {
        for (const name of ["client", "main"]) {
          const environment = builder.environments[name];
          if (!environment) throw new Error(`Vite has no ${name} environment to build`);
          await builder.build(environment);
        }
      },
    },
    plugins: [
      // Inlines the UI page's script and style sheet, and turns code splitting off, so Rolldown
      // inlines the dynamic imports too (the panel's words, its exports). The main side has no
      // page: there it changes nothing.
      viteSingleFile(),
      // What is left of the dynamic imports needs no preload helper.
      { ...plainDynamicImports(), applyToEnvironment: inEnvironment("client") },
      builtFileSizes({
        heading: "Plugin files, which Figma loads locally with the plugin (so no budget):",
        report,
      }),
      noRemoteFetches(),
    ],
  };
}
