// npm run build:cli (and `prepare`, on npm install and npm ci): the command line's bundle.
import { relative } from "node:path";
import { buildCliBundle, CLI_BUNDLE_DIR } from "./cli-bundle";

const files = await buildCliBundle();
console.log(`journey-mapper: ${files.length} files in ${relative(process.cwd(), CLI_BUNDLE_DIR)}`);
