import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import { gzippedSize } from "./gzipped-size.ts";
import { modulesUnder } from "./modules-under.ts";
import { noRemoteFetches } from "./no-remote-fetch-plugin.ts";
import { kilobytes } from "./page-size.ts";
import { pageSizes } from "./page-size-plugin.ts";

const roots: string[] = [];

afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** How a fixture is built: the panel's budget, the hosts it may ask, whether its words count. */
interface FixtureOptions {
  budget?: number;
  allow?: readonly string[];
  /** Whether the size plugin is told that the chunks of words/ load at start. */
  words?: boolean;
}

/** Writes a small two-page app and builds it with the plugins, collecting what Vite logs. */
async function buildFixture(files: Record<string, string>, options: FixtureOptions = {}) {
  const { budget = 60_000, allow = [], words = true } = options;
  const root = await realpath(await mkdtemp(join(tmpdir(), "jm-build-")));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), text);
  }
  const logged: string[] = [];
  const outDir = join(root, "dist");
  await build({
    configFile: false,
    root,
    base: "./",
    logLevel: "silent",
    build: {
      outDir,
      rolldownOptions: {
        input: { index: join(root, "index.html"), panel: join(root, "panel.html") },
      },
    },
    plugins: [
      pageSizes({
        budgets: { "panel.html": budget },
        loadsAtStart: words
          ? { label: "its words", chunk: modulesUnder(join(root, "words")) }
          : undefined,
        report: (lines) => logged.push(...lines),
      }),
      noRemoteFetches({ allow }),
    ],
  });
  return { logged: logged.join("\n"), outDir };
}

const page = (script: string) =>
  `<!doctype html><html><body><script type="module" src="${script}"></script></body></html>`;

const app = {
  "index.html": page("./board.ts"),
  "panel.html": page("./panel.ts"),
  "shared.ts": `export const words = ${JSON.stringify("panel words ".repeat(50))};`,
  "board.ts": `import { words } from "./shared.ts"; document.body.append(words + "board");`,
  "panel.ts": `import { words } from "./shared.ts";
    import("./words/sv").then(({ sv }) => document.body.append(words, sv));
    document.body.onclick = async () => (await import("./export")).run();`,
  "words/sv.ts": `export const sv = "Starta en workshop";`,
  "export.ts": `export function run() {
      document.title = ${JSON.stringify("x".repeat(400))};
      new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    }`,
  "worker.ts": `self.postMessage(${JSON.stringify("worker ".repeat(300))});`,
};

/** The gzipped bytes of the built files whose names start with one of `prefixes`. */
async function builtBytes(outDir: string, prefixes: string[]): Promise<number> {
  const names = await readdir(join(outDir, "assets"));
  const files = names.filter((name) => prefixes.some((prefix) => name.startsWith(`${prefix}-`)));
  expect(files).toHaveLength(prefixes.length);
  const sizes = await Promise.all(
    files.map(async (name) => gzippedSize(await readFile(join(outDir, "assets", name)))),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** The same, as printed. */
async function printedSize(outDir: string, prefixes: string[]): Promise<string> {
  return kilobytes(await builtBytes(outDir, prefixes));
}

describe("the build plugins", () => {
  it("print each page's gzipped JavaScript at load and on demand, workers included", async () => {
    const { logged, outDir } = await buildFixture(app);
    const atLoad = await builtBytes(outDir, ["panel", "shared"]);
    const onDemand = await printedSize(outDir, ["sv", "export", "worker"]);
    const words = await builtBytes(outDir, ["sv"]);
    expect(logged.split("\n")).toContain(
      `panel.html  ${kilobytes(atLoad)} gzipped at load, +${onDemand} on demand ` +
        `(budget 60 kB: at load + its words = ${kilobytes(atLoad + words)})`,
    );
    const board = await printedSize(outDir, ["index", "shared"]);
    expect(logged.split("\n")).toContain(`index.html  ${board} gzipped at load, +0 kB on demand`);
  });

  it("fail the build when a page can load more than its budget, naming the biggest chunks", async () => {
    await expect(buildFixture(app, { budget: 100 })).rejects.toThrow(
      /panel\.html loads [\d.]+ kB of JavaScript gzipped to open \([\d.]+ kB at load \+ [\d.]+ kB, its words\): [\d.]+ kB over its budget of 0\.1 kB\.\n {2}Biggest chunks: assets\/panel-/,
    );
  });

  it("hold a page to its budget with its words, not with a larger chunk a task fetches later", async () => {
    const { outDir } = await buildFixture(app);
    const atLoad = await builtBytes(outDir, ["panel", "shared"]);
    const words = await builtBytes(outDir, ["sv"]);
    const later = [await builtBytes(outDir, ["export"]), await builtBytes(outDir, ["worker"])];
    expect(Math.max(...later)).toBeGreaterThan(words);
    await buildFixture(app, { budget: atLoad + words });
    await expect(buildFixture(app, { budget: atLoad + words - 1 })).rejects.toThrow(
      `panel.html loads ${kilobytes(atLoad + words)} of JavaScript gzipped to open ` +
        `(${kilobytes(atLoad)} at load + ${kilobytes(words)}, its words)`,
    );
  });

  it("count nothing on demand when not told which chunks load at start", async () => {
    const { logged, outDir } = await buildFixture(app, { words: false });
    const atLoad = await builtBytes(outDir, ["panel", "shared"]);
    expect(logged).toContain(`(budget 60 kB: at load = ${kilobytes(atLoad)})`);
    await buildFixture(app, { budget: atLoad, words: false });
    await expect(buildFixture(app, { budget: atLoad - 1, words: false })).rejects.toThrow(
      `panel.html loads ${kilobytes(atLoad)} of JavaScript gzipped to open (all at load)`,
    );
  });

  it("fail the build when a page, a script or a public file would fetch from another host", async () => {
    const remote = {
      ...app,
      "panel.html": `<!doctype html><link rel="stylesheet" href="https://fonts.test/inter.css">
        <script type="module" src="./panel.ts"></script>`,
      "export.ts": `export async function run() { await fetch("https://api.test/save"); }`,
      "public/extra.css": `@import url("https://cdn.test/reset.css");`,
    };
    const failure = buildFixture(remote);
    await expect(failure).rejects.toThrow(
      /panel\.html: <link href> https:\/\/fonts\.test\/inter\.css/,
    );
    await expect(failure).rejects.toThrow(
      /assets\/export-[\w-]+\.js: fetch\(\) https:\/\/api\.test\/save/,
    );
    await expect(failure).rejects.toThrow(/extra\.css: url\(\) https:\/\/cdn\.test\/reset\.css/);
  });

  it("let a page load an allowed address, exactly as written, and nothing near it", async () => {
    const sdk = "https://platform.test/sdk/v2/platform.js";
    const loading = (...urls: string[]) => ({
      ...app,
      "panel.html": `<!doctype html>${urls.map((url) => `<script src="${url}"></script>`).join("")}
        <script type="module" src="./panel.ts"></script>`,
    });
    const { outDir } = await buildFixture(loading(sdk), { allow: [sdk] });
    expect(await readFile(join(outDir, "panel.html"), "utf8")).toContain(`<script src="${sdk}">`);
    const near = [`${sdk}?v=2`, `${sdk}.map`, "https://platform.test/sdk/v2/other.js"];
    const failure = buildFixture(loading(sdk, ...near), { allow: [sdk] });
    await expect(failure).rejects.toThrow(
      [
        "Built files would ask other hosts for something; ship it in the build instead:",
        ...near.map((url) => `  panel.html: <script src> ${url}`),
      ].join("\n"),
    );
  });
});
