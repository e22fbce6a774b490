import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import type { Plugin } from "vite";
import { CHECKED_EXTENSIONS, fileRemoteFetches } from "./file-remote-fetches.ts";

/** Options of {@link noRemoteFetches}. */
export interface NoRemoteFetchOptions {
  /**
   * Addresses a page may fetch after all (an app's platform SDK script, say), each matched
   * exactly as written: another path, a query or a fragment on the same host is still refused.
   */
  allow?: readonly string[];
}

/**
 * A Vite plugin that fails the build when any written HTML, SVG, JavaScript or CSS file would
 * ask another host for something (web fonts, CDN scripts, remote images, API calls). It reads
 * the output folder after writing, so files copied from `public/` are checked too.
 */
export function noRemoteFetches(options: NoRemoteFetchOptions = {}): Plugin {
  const allowed = new Set(options.allow);
  return {
    name: "journey-mapper:no-remote-fetches",
    apply: "build",
    async writeBundle(output) {
      if (output.dir === undefined) return;
      const problems: string[] = [];
      for (const path of await filesUnder(output.dir)) {
        const name = relative(output.dir, path);
        const found = fileRemoteFetches(name, await readFile(path, "utf8"));
        for (const fetch of found.filter((f) => f.url === "" || !allowed.has(f.url))) {
          problems.push(`  ${name}: ${fetch.context} ${fetch.url}`.trimEnd());
        }
      }
      if (problems.length > 0) {
        this.error(
          `Built files would ask other hosts for something; ship it in the build instead:\n${problems.join("\n")}`,
        );
      }
    },
  };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && CHECKED_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name));
}
