import { randomUUID } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Where the command line's bundle goes: git-ignored, built on install and before the tests. */
export const CLI_BUNDLE_DIR = fileURLToPath(new URL("../../dist/cli/", import.meta.url));

/**
 * A file the bundle no longer uses is removed once it is this old: a test run or a second build
 * that started a moment earlier may still be loading the chunks of its own sources.
 */
const STALE_AFTER_MS = 60_000;

/**
 * Bundles the command line (src/cli/main.ts) for Node 20 as ES modules, each verb in a chunk of
 * its own, so a start reads one small file and `--help` or `--version` loads no verb, no schema
 * and no reader. Files are written whole (a temporary name, then a rename), so a process starting
 * during a build never loads half a chunk; chunk names carry a hash of their content, so rebuilding
 * the same sources rewrites nothing another process is loading.
 */
export async function buildCliBundle(outDir: string = CLI_BUNDLE_DIR): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../cli/main.ts", import.meta.url))],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir: outDir,
    chunkNames: "[name]-[hash]",
    write: false,
    logLevel: "error",
    legalComments: "none",
  });
  await mkdir(outDir, { recursive: true });
  const written = new Set<string>();
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${randomUUID()}.tmp`;
    await writeFile(temporary, file.contents);
    await rename(temporary, file.path);
    written.add(basename(file.path));
  }
  await removeStale(outDir, written);
  return [...written];
}

/** Removes the files of earlier builds that this one did not write, once they are old enough. */
async function removeStale(outDir: string, written: Set<string>): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(outDir)) {
    if (written.has(name)) continue;
    const path = join(outDir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_AFTER_MS) await rm(path, { force: true });
  }
}
