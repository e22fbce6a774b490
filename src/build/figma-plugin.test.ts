import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runInNewContext } from "node:vm";
import { createBuilder } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import { classicScriptError } from "./classic-script-error.ts";
import { figmaPlugin } from "./figma-plugin.ts";
import { htmlElements } from "./html-elements.ts";

const roots: string[] = [];

afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/**
 * A plugin like journey-mapper's: a main side written with the syntax the sandbox has refused
 * (object spread, optional chaining, nullish coalescing, class fields, async iteration), and a UI
 * with a style sheet, its words fetched by language and an export fetched when clicked.
 */
const plugin = {
  "main.ts": `declare const report: (value: unknown) => void;
    const base = { a: 1 };
    const settings = { ...base, b: (globalThis as { x?: { y?: number } }).x?.y ?? 2 };
    class Counter { count = 0; add() { this.count += 1; return this; } }
    async function* twice() { yield 1; yield 2; }
    (async () => {
      let sum = 0;
      for await (const n of twice()) sum += n;
      report({ ...settings, sum, count: new Counter().add().count });
    })();`,
  "ui.html": `<!doctype html><html><head><title>plugin</title></head>
    <body><div id="root"></div><script type="module" src="./ui.ts"></script></body></html>`,
  "ui.ts": `import "./ui.css";
    const language = navigator.language.startsWith("sv") ? "sv" : "en";
    import(\`./words/\${language}.ts\`).then(({ words }) => document.body.append(words));
    document.body.onclick = async () => (await import("./export.ts")).run();`,
  "ui.css": "body { color: rebeccapurple; }",
  "words/en.ts": `export const words = "Start a workshop";`,
  "words/sv.ts": `export const words = "Starta en workshop";`,
  "export.ts": `export function run() { document.title = "exported-marker"; }`,
};

/** Builds the fixture plugin as the project's config builds FigJam's, collecting the size lines. */
async function buildPlugin(files: Record<string, string>) {
  const root = await realpath(await mkdtemp(join(tmpdir(), "jm-figma-plugin-")));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), text);
  }
  const outDir = join(root, "dist");
  const sizes: string[] = [];
  const config = figmaPlugin({
    root,
    ui: "ui.html",
    main: join(root, "main.ts"),
    outDir,
    report: (lines) => sizes.push(...lines),
  });
  const builder = await createBuilder({ ...config, configFile: false, logLevel: "silent" });
  await builder.buildApp();
  return { outDir, sizes };
}

describe("figmaPlugin", () => {
  it("writes the two files a manifest names, code.js and the UI page, and prints their sizes", async () => {
    const { outDir, sizes } = await buildPlugin(plugin);
    expect((await readdir(outDir)).sort()).toEqual(["code.js", "ui.html"]);
    expect(sizes).toHaveLength(2);
    expect(sizes.find((line) => line.startsWith("ui.html"))).toMatch(
      /^ui\.html {2}[\d.]+ kB, [\d.]+ kB gzipped$/,
    );
    expect(sizes.find((line) => line.startsWith("code.js"))).toMatch(
      /^code\.js {2}[\d.]+ kB, [\d.]+ kB gzipped$/,
    );
  });

  it("builds the main side as one classic ES2017 script that still does what its source did", async () => {
    const { outDir } = await buildPlugin(plugin);
    const code = await readFile(join(outDir, "code.js"), "utf8");
    expect(classicScriptError(code, 2017)).toBeUndefined();
    const reported = await new Promise((resolve) => runInNewContext(code, { report: resolve }));
    expect(reported).toEqual({ a: 1, b: 2, sum: 3, count: 1 });
  });

  it("inlines the UI's script, style sheet, words and export into its page", async () => {
    const { outDir } = await buildPlugin(plugin);
    const page = await readFile(join(outDir, "ui.html"), "utf8");
    const elements = htmlElements(page);
    const scripts = elements.filter((element) => element.name === "script");
    expect(scripts.map((script) => script.attributes.get("src"))).toEqual([undefined]);
    expect(elements.filter((element) => element.name === "link")).toEqual([]);
    const script = scripts[0]?.text ?? "";
    expect(script).toContain("Start a workshop");
    expect(script).toContain("Starta en workshop");
    expect(script).toContain("exported-marker");
    expect(script).not.toMatch(/\bimport\s*\(/);
    const styles = elements.filter((element) => element.name === "style");
    expect(styles.map((style) => style.text).join("")).toContain("color:#639");
  });

  it("fails the build when the UI would ask another host for anything", async () => {
    const fonts = "https://fonts.example.test/inter.css";
    await expect(
      buildPlugin({ ...plugin, "ui.css": `@import url("${fonts}"); body { color: red; }` }),
    ).rejects.toThrow(`ui.html: @import ${fonts}`);
  });
});
