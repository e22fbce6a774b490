import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createBuilder } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import { gzippedSize } from "./gzipped-size.ts";
import { kilobytes } from "./page-size.ts";
import { twoPageApp } from "./two-page-app.ts";

const SDK = "https://platform.test/sdk/v2/platform.js";
const roots: string[] = [];

afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

const page = (script: string) =>
  `<!doctype html><script src="${SDK}"></script><script type="module" src="${script}"></script>`;

/**
 * A Miro-like app: a headless entry page and a panel page sharing a module, both loading an SDK.
 * The panel fetches its words as it opens and its exports, heavier, when clicked.
 */
const app = {
  "index.html": page("./main.ts"),
  "app.html": page("./app-main.ts"),
  "shared.ts": `export const words = ${JSON.stringify("panel words ".repeat(50))};`,
  "main.ts": `import { words } from "./shared.ts"; document.title = words;`,
  "app-main.ts": `import { words } from "./shared.ts";
    import("./words/sv.ts").then(({ sv }) => document.body.append(words + sv));
    document.body.onclick = async () => (await import("./export.ts")).run();`,
  "words/sv.ts": `export const sv = "Starta en workshop";`,
  "export.ts": `export function run() {
      document.title = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => i * 7919).join(","))};
    }`,
};

/** Builds the fixture app as the project's config builds an app, collecting the size lines. */
async function buildApp(files: Record<string, string>, panelBudget: number, allow = [SDK]) {
  const root = await realpath(await mkdtemp(join(tmpdir(), "jm-two-page-")));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), text);
  }
  const outDir = join(root, "dist");
  const sizes: string[] = [];
  const config = twoPageApp({
    root,
    outDir,
    page: "index.html",
    panel: "app.html",
    panelBudget,
    panelWords: join(root, "words"),
    allow,
    report: (lines) => sizes.push(...lines),
  });
  const builder = await createBuilder({ ...config, configFile: false, logLevel: "silent" });
  await builder.buildApp();
  return { outDir, sizes };
}

/** The gzipped bytes of the built scripts whose names start with one of `prefixes`. */
async function builtBytes(outDir: string, prefixes: string[]): Promise<number> {
  const names = await readdir(join(outDir, "assets"));
  const files = names.filter((name) => prefixes.some((prefix) => name.startsWith(`${prefix}-`)));
  expect(files).toHaveLength(prefixes.length);
  const sizes = await Promise.all(
    files.map(async (name) => gzippedSize(await readFile(join(outDir, "assets", name)))),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

describe("twoPageApp", () => {
  it("builds both pages into one folder, sharing no chunk, the panel page with its budget", async () => {
    const { outDir, sizes } = await buildApp(app, 60_000);
    expect((await readdir(outDir)).sort()).toEqual(["app.html", "assets", "index.html"]);
    const scripts = (await readdir(join(outDir, "assets"))).filter((name) => name.endsWith(".js"));
    expect(scripts.map((name) => name.replace(/-[\w-]+\.js$/, "")).sort()).toEqual([
      "app",
      "export",
      "index",
      "sv",
    ]);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toMatch(/^index\.html {2}[\d.]+ kB gzipped at load, \+0 kB on demand$/);
    expect(await readFile(join(outDir, "app.html"), "utf8")).toContain(`<script src="${SDK}">`);
  });

  it("budgets the panel page's words, fetched as it opens, and not its exports, fetched later", async () => {
    const { outDir, sizes } = await buildApp(app, 60_000);
    const atLoad = await builtBytes(outDir, ["app"]);
    const words = await builtBytes(outDir, ["sv"]);
    const exports = await builtBytes(outDir, ["export"]);
    expect(exports).toBeGreaterThan(words);
    expect(sizes[1]).toBe(
      `app.html  ${kilobytes(atLoad)} gzipped at load, +${kilobytes(words + exports)} on demand ` +
        `(budget 60 kB: at load + its words = ${kilobytes(atLoad + words)})`,
    );
    await buildApp(app, atLoad + words);
    await expect(buildApp(app, atLoad + words - 1)).rejects.toThrow(
      `app.html loads ${kilobytes(atLoad + words)} of JavaScript gzipped to open ` +
        `(${kilobytes(atLoad)} at load + ${kilobytes(words)}, its words)`,
    );
  });

  it("fails the build when the panel page can load more than its budget", async () => {
    await expect(buildApp(app, 20)).rejects.toThrow(
      /app\.html loads [\d.]+ kB of JavaScript gzipped to open .* over its budget of 0 kB\./,
    );
  });

  it("fails the build when a page loads a remote address it was not allowed", async () => {
    await expect(buildApp(app, 60_000, [])).rejects.toThrow(`index.html: <script src> ${SDK}`);
  });
});
