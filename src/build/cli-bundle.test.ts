import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCliBundle } from "./cli-bundle";

let dir = "";
let files: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jm-cli-bundle-"));
  files = await buildCliBundle(dir);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The files a module imports statically, and theirs in turn: what a start loads. */
async function loadedAtStart(entry: string): Promise<Map<string, string>> {
  const loaded = new Map<string, string>();
  const pending = [entry];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (loaded.has(name)) continue;
    const text = await readFile(join(dir, name), "utf8");
    loaded.set(name, text);
    for (const match of text.matchAll(/^(?:import|export)\b[^;]*?from\s*"\.\/([^"]+)"/gms))
      pending.push(match[1] as string);
  }
  return loaded;
}

/** The source files esbuild names in a bundled file's comments. */
function sourcesOf(text: string): string[] {
  return [...text.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((m) => m[1] as string);
}

describe("the command line's bundle", () => {
  it("starts from main.js, with each verb in a chunk of its own", () => {
    expect(files).toContain("main.js");
    for (const verb of ["template", "analyze", "summarize", "actions", "export"])
      expect(files.filter((f) => f.startsWith(`${verb}-command-`))).toHaveLength(1);
  });

  it("loads no verb, no schema library and none of the core at start (--help, --version)", async () => {
    const sources = [...(await loadedAtStart("main.js")).values()].flatMap(sourcesOf);
    expect(sources).toContain("src/cli/main.ts");
    expect(sources.filter((s) => !s.startsWith("src/cli/") && s !== "package.json")).toEqual([]);
    expect(sources.filter((s) => s.startsWith("src/cli/commands/"))).toEqual([]);
  });

  it("carries the package's version", async () => {
    const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
    const main = await readFile(join(dir, "main.js"), "utf8");
    expect(main).toContain(`"${pkg.version}"`);
  });
});
