import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import { plainDynamicImports } from "./plain-dynamic-imports.ts";

const roots: string[] = [];

afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** A page that loads its words on demand, in one language of two. */
const page = {
  "index.html": `<!doctype html><script type="module" src="./main.ts"></script>`,
  "main.ts": `const words = { en: () => import("./en.ts"), sv: () => import("./sv.ts") };
    words[navigator.language === "sv" ? "sv" : "en"]().then((w) => document.body.append(w.hello));`,
  "en.ts": `export const hello = "Hello";`,
  "sv.ts": `export const hello = "Hej";`,
};

/** Builds the files as the panel page is built; returns the built scripts by name. */
async function buildPage(files: Record<string, string>): Promise<Map<string, string>> {
  const root = await mkdtemp(join(tmpdir(), "jm-plain-imports-"));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
  const outDir = join(root, "dist");
  await build({
    configFile: false,
    root,
    base: "./",
    logLevel: "silent",
    build: { outDir, modulePreload: false },
    plugins: [plainDynamicImports()],
  });
  const names = await readdir(join(outDir, "assets"));
  const scripts = names.filter((name) => name.endsWith(".js"));
  const texts = await Promise.all(scripts.map((name) => readFile(join(outDir, "assets", name))));
  return new Map(scripts.map((name, i) => [name.replace(/-[\w-]+\.js$/, ""), String(texts[i])]));
}

describe("plainDynamicImports", () => {
  it("leaves each dynamic import a chunk of its own, loaded by a plain import()", async () => {
    const scripts = await buildPage(page);
    expect([...scripts.keys()].sort()).toEqual(["en", "index", "sv"]);
    const main = scripts.get("index") ?? "";
    expect(main).toMatch(/import\(["`]\.\/en-[\w-]+\.js["`]\)/);
    // Nothing of Vite's preload helper is left: no <link rel=modulepreload>, no preload event.
    expect(main).not.toContain("modulepreload");
    expect(main).not.toContain("vite:preloadError");
  });

  it("fails the build when a dynamic import has CSS of its own to load", async () => {
    const styled = { ...page, "sv.ts": `import "./sv.css"; export const hello = "Hej";` };
    await expect(buildPage({ ...styled, "sv.css": "body { color: teal; }" })).rejects.toThrow(
      /index-[\w-]+\.js imports a chunk with CSS of its own, which a plain import\(\) would not load\./,
    );
  });
});
