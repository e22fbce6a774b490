import { fileURLToPath } from "node:url";
import { build } from "vite";

/** The stand-in's browser entry. */
const ENTRY = fileURLToPath(new URL("./sdk-stand-in.ts", import.meta.url));

/**
 * Bundles the stand-in for Miro's SDK script into one classic script (an IIFE, as Miro's
 * `miro.js` is loaded by a plain `<script src>`), in memory, and returns its text. Vite's own
 * build, without the repository's config: the apps' pages and budgets are not this script's.
 */
export async function bundleSdkStandIn(): Promise<string> {
  const built = await build({
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: "warn",
    build: {
      write: false,
      minify: false,
      reportCompressedSize: false,
      lib: { entry: ENTRY, formats: ["iife"], name: "miroSdkStandIn", fileName: () => "miro.js" },
    },
  });
  const outputs = Array.isArray(built) ? built : [built];
  for (const result of outputs) {
    if (!("output" in result)) continue;
    const entry = result.output.find((file) => file.type === "chunk" && file.isEntry);
    if (entry?.type === "chunk") return entry.code;
  }
  throw new Error("Bundling the Miro SDK stand-in gave no script.");
}
