import type { Plugin } from "vite";
import { gzippedSize } from "./gzipped-size.ts";
import { kilobytes } from "./page-size.ts";

/** Options of {@link builtFileSizes}. */
export interface BuiltFileSizesOptions {
  /** The line above the sizes, saying what they are and why they have no budget. */
  heading: string;
  /** Where the lines go; Vite's logger by default (below the heading). */
  report?: (lines: string[]) => void;
}

/**
 * A Vite plugin that prints every file a build writes, as written and gzipped: for files that
 * are loaded whole and locally (a Figma plugin's), where what a page fetches on demand does not
 * apply and the size is a figure to watch, not a budget.
 */
export function builtFileSizes(options: BuiltFileSizesOptions): Plugin {
  let report = options.report;
  return {
    name: "journey-mapper:built-file-sizes",
    apply: "build",
    configResolved(config) {
      report ??= (lines) => config.logger.info(["", options.heading, ...lines].join("\n"));
    },
    writeBundle(_output, bundle) {
      const files = Object.values(bundle).map((file) => {
        const source = file.type === "chunk" ? file.code : file.source;
        const bytes = typeof source === "string" ? Buffer.byteLength(source) : source.length;
        return { name: file.fileName, bytes, gzipped: gzippedSize(source) };
      });
      const width = Math.max(0, ...files.map((file) => file.name.length));
      report?.(
        files.map(
          (file) =>
            `${file.name.padEnd(width)}  ${kilobytes(file.bytes)}, ${kilobytes(file.gzipped)} gzipped`,
        ),
      );
    },
  };
}
