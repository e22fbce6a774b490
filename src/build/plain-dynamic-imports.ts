import type { Plugin } from "vite";

/** The module Vite imports its preload helper from, in every chunk with a dynamic import. */
const PRELOAD_HELPER = "\0vite/preload-helper.js";

/**
 * A Vite plugin that makes a page's dynamic imports plain `import()` calls. Vite wraps each one
 * in a helper that first preloads the imported chunk's CSS and imports, and ships that helper
 * (0.7 kB gzipped) even when nothing is to be preloaded (vitejs/vite#13952). With
 * `build.modulePreload: false` the only thing left to preload is CSS, which a plain `import()`
 * would not load: the build fails if a dynamic import has any.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: "journey-mapper:plain-dynamic-imports",
    apply: "build",
    load(id) {
      if (id !== PRELOAD_HELPER) return null;
      return "export const __vitePreload = (load) => load();";
    },
    // After Vite's own generateBundle, which writes what each import is to preload.
    writeBundle(_output, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === "chunk" && chunk.code.includes("__vite__mapDeps")) {
          this.error(
            `${chunk.fileName} imports a chunk with CSS of its own, which a plain import() would not load.`,
          );
        }
      }
    },
  };
}
