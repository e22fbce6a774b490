import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("./bin.js", import.meta.url));

/** A whole process that transpiles the sources as it starts: slow when the test workers crowd it. */
const PROCESS_TIMEOUT = 60_000;

function runBin(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    timeout: PROCESS_TIMEOUT,
  });
}

describe("the journey-mapper executable", { timeout: PROCESS_TIMEOUT }, () => {
  it("runs from the TypeScript sources with no build step", () => {
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
      'journey-mapper: --lang: Invalid option: expected one of "en"|"sv"|"da"\n',
    );
  });
});
