#!/usr/bin/env node
// The journey-mapper executable: runs the bundle `npm install` builds (npm run build:cli), whose
// start reads one small file; each verb's code is loaded only when that verb runs.
import { readFileSync, statSync } from "node:fs";
import module from "node:module";

// Node 22.1 and later keep the bundle's compiled code between runs; Node 20 has no such cache.
module.enableCompileCache?.();
let cli;
try {
  cli = await import("../../dist/cli/main.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  process.stderr.write(
    "journey-mapper: the command line is not built (or is partly gone): run `npm run build:cli` in the journey-mapper folder\n",
  );
  process.exit(1);
}
if (builtBeforeCheckout()) {
  process.stderr.write(
    "journey-mapper: note: the sources changed (a pull, checkout or commit) since the command line was built; run `npm run build:cli` to use them\n",
  );
}
const code = await cli.main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  terminal: process.stdout.isTTY === true,
});
// Exit once both streams are flushed, without tearing down the heap a large board has filled.
process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));

/**
 * Whether the checkout moved after the bundle was built: git touches the current branch's ref (or
 * HEAD itself) on every pull, checkout and commit, while `npm install` runs no build then. Three
 * stats, no git; an installed copy without .git is never stale.
 */
function builtBeforeCheckout() {
  try {
    const git = new URL("../../.git/", import.meta.url);
    const built = statSync(new URL("../../dist/cli/main.js", import.meta.url)).mtimeMs;
    const head = new URL("HEAD", git);
    const ref = /^ref: (refs\/\S+)/.exec(readFileSync(head, "utf8"))?.[1];
    const moved = Math.max(
      statSync(head).mtimeMs,
      ref ? (statSync(new URL(ref, git), { throwIfNoEntry: false })?.mtimeMs ?? 0) : 0,
    );
    return moved > built;
  } catch {
    return false;
  }
}
