import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { runInThisContext } from "node:vm";

/** What Linear's importer makes of a CSV before it calls Linear's API. */
export interface LinearImportData {
  issues: {
    title: string;
    description: string;
    priority: number;
    status: string;
    assigneeId: string;
    labels: string[];
  }[];
  labels: Record<string, { name: string }>;
  users: Record<string, { name: string }>;
}

/**
 * Linear's own CSV importer (`LinearCsvImporter` in @linear/import), run in this process. The
 * package publishes one bundle whose last part starts the interactive CLI (prompts, an API key,
 * `process.exit`), so the bundle's code is loaded up to that part, with its own `require` for
 * its dependencies (csvtojson among them), and the class is taken from it: the parsing, the
 * quote stripping and the priority and label mapping are Linear's code, unchanged.
 */
export function loadLinearCsvImporter(): new (
  filePath: string,
) => { import: () => Promise<LinearImportData> } {
  const require = createRequire(import.meta.url);
  // The package exports only its package.json; the bundle sits beside it.
  const bundle = join(dirname(require.resolve("@linear/import/package.json")), "dist/cli.cjs");
  const source = readFileSync(bundle, "utf8");
  const cli = source.indexOf("//#region src/cli.ts");
  if (cli < 0 || !source.includes("var LinearCsvImporter = class")) {
    throw new Error(`${bundle}: no longer laid out as this test expects; look at it again`);
  }
  const body = `${source.slice(0, cli)}\nreturn LinearCsvImporter;`;
  const factory = runInThisContext(
    `(function (require, module, exports, __filename, __dirname) {${body}\n})`,
    { filename: bundle },
  );
  const bundleRequire = createRequire(bundle);
  return factory(bundleRequire, { exports: {} }, {}, bundle, dirname(bundle));
}
