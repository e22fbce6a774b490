import { posix } from "node:path";
import type { Rolldown } from "vite";
import { gzippedSize } from "./gzipped-size.ts";
import type { ScriptFile } from "./page-javascript.ts";

const SCRIPT = /\.m?js$/;

/**
 * Every JavaScript file of a bundle with its gzipped size and the files it can load. Besides
 * static and dynamic imports, a file that names another script file (a worker, a
 * `new URL("x.js", import.meta.url)`, a preload list) may load it later, so that counts too.
 */
export function scriptFiles(bundle: Rolldown.OutputBundle): Map<string, ScriptFile> {
  const sources = new Map<string, string>();
  for (const output of Object.values(bundle)) {
    if (!SCRIPT.test(output.fileName)) continue;
    sources.set(output.fileName, output.type === "chunk" ? output.code : text(output.source));
  }
  const files = new Map<string, ScriptFile>();
  for (const [fileName, code] of sources) {
    const output = bundle[fileName];
    const chunk = output?.type === "chunk" ? output : undefined;
    const named = [...sources.keys()].filter(
      (other) => other !== fileName && code.includes(posix.basename(other)),
    );
    files.set(fileName, {
      fileName,
      gzipped: gzippedSize(code),
      imports: chunk?.imports ?? [],
      loadsLater: [...(chunk?.dynamicImports ?? []), ...named],
      modules: Object.keys(chunk?.modules ?? {}),
    });
  }
  return files;
}

/** The text of an emitted asset. */
export function text(source: string | Uint8Array): string {
  return typeof source === "string" ? source : new TextDecoder().decode(source);
}
