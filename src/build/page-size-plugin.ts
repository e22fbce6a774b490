import { relative } from "node:path";
import type { Plugin, Rolldown } from "vite";
import { budgetOverrun, type SizedPart } from "./budget-overrun.ts";
import { gzippedSize } from "./gzipped-size.ts";
import { pageJavaScript, type ScriptFile, totalGzipped } from "./page-javascript.ts";
import { pageScripts } from "./page-scripts.ts";
import { formatPageSizes, type PageSize } from "./page-size.ts";
import { scriptFiles, text } from "./script-files.ts";

/** Options of {@link pageSizes}. */
export interface PageSizeOptions {
  /**
   * Gzipped bytes each page may load to be used, by its file name in the output: everything at
   * load and its largest on-demand chunk.
   */
  budgets?: Readonly<Record<string, number>>;
  /** Where the lines go; Vite's logger by default. */
  report?: (lines: string[]) => void;
}

/**
 * A Vite plugin that prints each built page's JavaScript, gzipped, at load and on demand, and
 * fails the build when a page with a budget loads more than its budget to be used: at load and
 * its largest on-demand chunk.
 */
export function pageSizes(options: PageSizeOptions = {}): Plugin {
  let report = options.report;
  return {
    name: "journey-mapper:page-sizes",
    apply: "build",
    configResolved(config) {
      report ??= (lines) =>
        config.logger.info(["", "JavaScript per page, gzipped:", ...lines].join("\n"));
    },
    writeBundle(_output, bundle) {
      const files = scriptFiles(bundle);
      const sizes: PageSize[] = [];
      const problems: string[] = [];
      for (const page of Object.values(bundle)) {
        if (page.type !== "asset" || !page.fileName.endsWith(".html")) continue;
        const scripts = pageScripts(text(page.source), page.fileName);
        const reach = pageJavaScript(scripts.files, files);
        const inline = scripts.inline.reduce((sum, code) => sum + gzippedSize(code), 0);
        const size: PageSize = {
          page: page.fileName,
          initial: totalGzipped(reach.initial) + inline,
          onDemand: totalGzipped(reach.onDemand),
          largestOnDemand: totalGzipped(reach.largestOnDemand),
          budget: options.budgets?.[page.fileName],
        };
        sizes.push(size);
        const loaded = [...reach.initial, ...reach.largestOnDemand];
        const overrun = budgetOverrun(size, loaded.map(chunkPart), modulesOf(loaded, bundle));
        if (overrun !== undefined) problems.push(overrun);
      }
      for (const page of Object.keys(options.budgets ?? {})) {
        if (!sizes.some((size) => size.page === page)) {
          problems.push(`The budget names ${page}, but the build has no such page.`);
        }
      }
      report?.(formatPageSizes(sizes));
      if (problems.length > 0) this.error(problems.join("\n\n"));
    },
  };
}

function chunkPart(file: ScriptFile): SizedPart {
  return { name: file.fileName, gzipped: file.gzipped };
}

function modulesOf(files: readonly ScriptFile[], bundle: Rolldown.OutputBundle): SizedPart[] {
  return files.flatMap((file) => {
    const output = bundle[file.fileName];
    if (output?.type !== "chunk") return [];
    return Object.entries(output.modules).map(([id, module]) => ({
      name: relative(process.cwd(), id.replace(/^\0/, "").replace(/\?.*$/, "")),
      gzipped: module.code === null ? 0 : gzippedSize(module.code),
    }));
  });
}
