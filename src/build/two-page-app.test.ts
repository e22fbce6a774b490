import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBuilder } from "vite";
import { afterEach, describe, expect, it } from "vitest";
import { twoPageApp } from "./two-page-app.ts";

const SDK = "https://platform.test/sdk/v2/platform.js";
const roots: string[] = [];

afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

const page = (script: string) =>
  `<!doctype html><script src="${SDK}"></script><script type="module" src="${script}"></script>`;

/** A Miro-like app: a headless entry page and a panel page sharing a module, both loading an SDK. */
const app = {
  "index.html": page("./main.ts"),
  "app.html": page("./app-main.ts"),
  "shared.ts": `export const words = ${JSON.stringify("panel words ".repeat(50))};`,
  "main.ts": `import { words } from "./shared.ts"; document.title = words;`,
  "app-main.ts": `import { words } from "./shared.ts"; document.body.append(words + "panel");`,
};

/** Builds the fixture app as the project's config builds an app, collecting the size lines. */
async function buildApp(files: Record<string, string>, panelBudget: number, allow = [SDK]) {
  const root = await mkdtemp(join(tmpdir(), "jm-two-page-"));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
  const outDir = join(root, "dist");
  const sizes: string[] = [];
  const config = twoPageApp({
    root,
    outDir,
    page: "index.html",
    panel: "app.html",
    panelBudget,
    allow,
    report: (lines) => sizes.push(...lines),
  });
  const builder = await createBuilder({ ...config, configFile: false, logLevel: "silent" });
  await builder.buildApp();
  return { outDir, sizes };
}

describe("twoPageApp", () => {
  it("builds both pages into one folder, sharing no chunk, the panel page with its budget", async () => {
    const { outDir, sizes } = await buildApp(app, 60_000);
    expect((await readdir(outDir)).sort()).toEqual(["app.html", "assets", "index.html"]);
    const scripts = (await readdir(join(outDir, "assets"))).filter((name) => name.endsWith(".js"));
    expect(scripts.map((name) => name.replace(/-[\w-]+\.js$/, "")).sort()).toEqual([
      "app",
      "index",
    ]);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).toMatch(/^index\.html {2}[\d.]+ kB gzipped at load, \+0 kB on demand$/);
    expect(sizes[1]).toMatch(
      /^app\.html {2}[\d.]+ kB gzipped at load, .* \(budget 60 kB: at load \+ largest on-demand chunk = [\d.]+ kB\)$/,
    );
    expect(await readFile(join(outDir, "app.html"), "utf8")).toContain(`<script src="${SDK}">`);
  });

  it("fails the build when the panel page can load more than its budget", async () => {
    await expect(buildApp(app, 20)).rejects.toThrow(
      /app\.html loads [\d.]+ kB of JavaScript gzipped to be used .* over its budget of 0 kB\./,
    );
  });

  it("fails the build when a page loads a remote address it was not allowed", async () => {
    await expect(buildApp(app, 60_000, [])).rejects.toThrow(`index.html: <script src> ${SDK}`);
  });
});
