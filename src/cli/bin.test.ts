import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import miroPage from "../fixtures/miro/workshop-page.json";

const bin = fileURLToPath(new URL("./bin.js", import.meta.url));

/** A whole process: slower than it runs alone when the test workers crowd a two-core machine. */
const PROCESS_TIMEOUT = 60_000;

function runBin(args: string[], launcher = bin, cwd?: string) {
  return spawnSync(process.execPath, [launcher, ...args], {
    encoding: "utf8",
    timeout: PROCESS_TIMEOUT,
    ...(cwd ? { cwd } : {}),
  });
}

describe("the journey-mapper executable", { timeout: PROCESS_TIMEOUT }, () => {
  it("runs the bundle built from the sources as they are (the unit run's global setup builds it)", () => {
    const result = runBin(["template", "--stages", "Need,Buy"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).data[0]).toMatchObject({ type: "frame" });
  });

  it("exits non-zero with one line and no stack trace on a bad command", () => {
    const result = runBin(["template", "--stages", "A", "--lang", "no"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'journey-mapper: --lang: "no" is not a language; use en, sv or da\n',
    );
  });

  it("prints the package's version, which the bundle carries", () => {
    const result = runBin(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`journey-mapper ${pkg.version}\n`);
  });

  it("writes a whole board's journey to a file and its summary to standard error before exiting", async () => {
    const dir = await mkdtemp(join(tmpdir(), "jm-bin-"));
    try {
      await writeFile(join(dir, "board.json"), JSON.stringify(miroPage));
      const result = runBin(["analyze", "board.json", "--out", "journey.json"], bin, dir);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe("");
      const journey = JSON.parse(await readFile(join(dir, "journey.json"), "utf8"));
      expect(journey.notes.length).toBeGreaterThan(0);
      // The summary is one line in the board's language, and counts the notes read.
      expect(result.stderr).toMatch(new RegExp(`^\\D*${journey.notes.length}\\D[^\n]*\n$`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("says in one line what to run when the bundle is not built", async () => {
    const dir = await mkdtemp(join(tmpdir(), "jm-unbuilt-"));
    try {
      await mkdir(join(dir, "src", "cli"), { recursive: true });
      const launcher = join(dir, "src", "cli", "bin.js");
      await copyFile(bin, launcher);
      const result = runBin(["--help"], launcher);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(
        "journey-mapper: the command line is not built (or is partly gone): run `npm run build:cli` in the journey-mapper folder\n",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("notes, once a pull, checkout or commit moved the checkout past the bundle, how to rebuild", async () => {
    const dir = await mkdtemp(join(tmpdir(), "jm-stale-"));
    try {
      await mkdir(join(dir, "src", "cli"), { recursive: true });
      await mkdir(join(dir, "dist", "cli"), { recursive: true });
      await mkdir(join(dir, ".git", "refs", "heads"), { recursive: true });
      const launcher = join(dir, "src", "cli", "bin.js");
      await copyFile(bin, launcher);
      const bundle = join(dir, "dist", "cli", "main.js");
      await writeFile(
        bundle,
        'export async function main(_, io) { io.stdout("ran\\n"); return 0; }',
      );
      await writeFile(join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
      const ref = join(dir, ".git", "refs", "heads", "main");
      await writeFile(ref, "0123456789abcdef\n");
      const [older, newer] = [new Date(2026, 0, 1), new Date(2026, 0, 2)];
      await utimes(join(dir, ".git", "HEAD"), older, older);
      await utimes(ref, older, older);
      await utimes(bundle, newer, newer);
      const fresh = runBin(["--version"], launcher);
      expect([fresh.status, fresh.stdout, fresh.stderr]).toEqual([0, "ran\n", ""]);

      await utimes(ref, newer, new Date(2026, 0, 3));
      const stale = runBin(["--version"], launcher);
      expect([stale.status, stale.stdout]).toEqual([0, "ran\n"]);
      expect(stale.stderr).toBe(
        "journey-mapper: note: the sources changed (a pull, checkout or commit) since the command line was built; run `npm run build:cli` to use them\n",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
