// npm run build:cli (and `prepare`, on npm install and npm ci): the command line's bundle.
import { relative } from "node:path";

try {
  const { buildCliBundle, CLI_BUNDLE_DIR } = await import("./cli-bundle");
  const files = await buildCliBundle();
  console.log(
    `journey-mapper: ${files.length} files in ${relative(process.cwd(), CLI_BUNDLE_DIR)}`,
  );
} catch (error) {
  if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
  // An install without dev dependencies has no esbuild: it must not fail for that, but the
  // command line then says, when run, that it needs building.
  console.error(
    "journey-mapper: esbuild (a dev dependency) is not installed, so the command line is not bundled; install with dev dependencies, then run `npm run build:cli`",
  );
  process.exitCode = process.env.npm_lifecycle_event === "prepare" ? 0 : 1;
}
