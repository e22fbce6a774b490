import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import { gzippedSize } from "./gzipped-size.ts";
import { noRemoteFetches } from "./no-remote-fetch-plugin.ts";
import { kilobytes } from "./page-size.ts";
import { pageSizes } from "./page-size-plugin.ts";

const roots: string[] = [];

afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/** Writes a small two-page app and builds it with the plugins, collecting what Vite logs. */
async function buildFixture(
  files: Record<string, string>,
  budget = 60_000,
  allow: readonly string[] = [],
) {
  const root = await mkdtemp(join(tmpdir(), "jm-build-"));
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
      pageSizes({ budgets: { "panel.html": budget }, report: (lines) => logged.push(...lines) }),
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
    document.body.append(words);
    document.body.onclick = async () => (await import("./export")).run();`,
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
    const onDemand = await printedSize(outDir, ["export", "worker"]);
    const largest = Math.max(
      await builtBytes(outDir, ["export"]),
      await builtBytes(outDir, ["worker"]),
    );
    expect(logged.split("\n")).toContain(
      `panel.html  ${kilobytes(atLoad)} gzipped at load, +${onDemand} on demand ` +
        `(budget 60 kB: at load + largest on-demand chunk = ${kilobytes(atLoad + largest)})`,
    );
    const board = await printedSize(outDir, ["index", "shared"]);
    expect(logged.split("\n")).toContain(`index.html  ${board} gzipped at load, +0 kB on demand`);
  });

  it("fail the build when a page can load more than its budget, naming the biggest chunks", async () => {
    await expect(buildFixture(app, 100)).rejects.toThrow(
      /panel\.html loads [\d.]+ kB of JavaScript gzipped to be used .* over its budget of 0\.1 kB\.\n {2}Biggest chunks: assets\/panel-/,
    );
  });

  it("hold a page to its budget with its largest on-demand chunk, not every one at once", async () => {
    const { outDir } = await buildFixture(app);
    const atLoad = await builtBytes(outDir, ["panel", "shared"]);
    const chunks = [await builtBytes(outDir, ["export"]), await builtBytes(outDir, ["worker"])];
    const largest = Math.max(...chunks);
    expect(Math.min(...chunks)).toBeGreaterThan(0);
    await buildFixture(app, atLoad + largest);
    await expect(buildFixture(app, atLoad + largest - 1)).rejects.toThrow(
      /panel\.html loads .* over its budget/,
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
    const { outDir } = await buildFixture(loading(sdk), 60_000, [sdk]);
    expect(await readFile(join(outDir, "panel.html"), "utf8")).toContain(`<script src="${sdk}">`);
    const near = [`${sdk}?v=2`, `${sdk}.map`, "https://platform.test/sdk/v2/other.js"];
    const failure = buildFixture(loading(sdk, ...near), 60_000, [sdk]);
    await expect(failure).rejects.toThrow(
      [
        "Built files would ask other hosts for something; ship it in the build instead:",
        ...near.map((url) => `  panel.html: <script src> ${url}`),
      ].join("\n"),
    );
  });
});
