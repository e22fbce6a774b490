#!/usr/bin/env node
// The journey-mapper executable: runs the bundle `npm install` builds (npm run build:cli), whose
// start reads one small file; each verb's code is loaded only when that verb runs.
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
const code = await cli.main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  terminal: process.stdout.isTTY === true,
});
// Exit once both streams are flushed, without tearing down the heap a large board has filled.
process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
