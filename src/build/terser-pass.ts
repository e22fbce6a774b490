import type { Plugin } from "vite";

/**
 * A Vite plugin that runs terser (two compress passes) over the JavaScript that Rolldown has
 * already minified. Rolldown's minifier leaves about 0.8 kB gzipped on the table in the panel
 * page, which has to fit a board's panel within its 60 kB budget; the second pass costs a second
 * or so of build time and no change in behaviour (terser's safe transforms only).
 */
export function terserPass(): Plugin {
  return {
    name: "journey-mapper:terser-pass",
    apply: "build",
    async generateBundle(_output, bundle) {
      const { minify } = await import("terser");
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        const result = await minify(chunk.code, {
          module: chunk.fileName.endsWith(".js"),
          compress: { passes: 2 },
          mangle: true,
          format: { comments: false },
        });
        if (result.code !== undefined) chunk.code = result.code;
      }
    },
  };
}
