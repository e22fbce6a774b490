import { relative } from "node:path";
import type { Plugin, Rolldown } from "vite";
import { budgetOverrun, type SizedPart } from "./budget-overrun.ts";
import { gzippedSize } from "./gzipped-size.ts";
import { pageJavaScript, type ScriptFile, totalGzipped } from "./page-javascript.ts";
import { pageScripts } from "./page-scripts.ts";
import { formatPageSizes, type PageSize } from "./page-size.ts";
import { scriptFiles, text } from "./script-files.ts";

/** The on-demand chunks a page loads as it opens, not when a task asks for them later. */
export interface StartChunks {
  /** What the largest of their loads is, as the size line and an overrun name it: "its words". */
  label: string;
  /** Whether a chunk, by the ids of the modules bundled into it, is one of them. */
  chunk: (moduleIds: readonly string[]) => boolean;
}

/** Options of {@link pageSizes}. */
export interface PageSizeOptions {
  /**
   * Gzipped bytes each page may load to open, by its file name in the output: everything at load
   * and the largest of its `loadsAtStart` loads.
   */
  budgets?: Readonly<Record<string, number>>;
  /**
   * Which on-demand chunks the pages load at start (the panel's words, one language of them), so
   * their budgets count the largest; without it, a budget counts what loads at once alone.
   */
  loadsAtStart?: StartChunks;
  /** Where the lines go; Vite's logger by default. */
  report?: (lines: string[]) => void;
}

/**
 * A Vite plugin that prints each built page's JavaScript, gzipped, at load and on demand, and
 * fails the build when a page with a budget loads more than its budget to open: at load and the
 * largest of its on-demand loads at start. What a task fetches later (the exports) is printed
 * with the rest on demand, not budgeted.
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
        const start = options.loadsAtStart;
        const reach = pageJavaScript(scripts.files, files, start?.chunk);
        const inline = scripts.inline.reduce((sum, code) => sum + gzippedSize(code), 0);
        const size: PageSize = {
          page: page.fileName,
          initial: totalGzipped(reach.initial) + inline,
          onDemand: totalGzipped(reach.onDemand),
          atStart:
            start === undefined
              ? undefined
              : { label: start.label, gzipped: totalGzipped(reach.largestAtStart) },
          budget: options.budgets?.[page.fileName],
        };
        sizes.push(size);
        const loaded = [...reach.initial, ...reach.largestAtStart];
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
