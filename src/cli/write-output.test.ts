import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { jsonText, writeOutput } from "./write-output";

const value = { stages: [{ title: "Buy" }] };
const io = { stdout: () => {}, stderr: () => {} };

describe("jsonText", () => {
  it("indents for a reader on a terminal", () => {
    expect(jsonText(value, undefined, { ...io, terminal: true })).toBe(
      '{\n  "stages": [\n    {\n      "title": "Buy"\n    }\n  ]\n}\n',
    );
  });

  it("is compact for another program or a file, with the same data", () => {
    expect(jsonText(value, undefined, io)).toBe('{"stages":[{"title":"Buy"}]}\n');
    expect(jsonText(value, "journey.json", { ...io, terminal: true })).toBe(
      '{"stages":[{"title":"Buy"}]}\n',
    );
  });
});

describe("writeOutput", () => {
  const folder = mkdtempSync(join(tmpdir(), "jm-write-"));
  writeFileSync(join(folder, "a-file"), "x");
  const cwdIo = { ...io, cwd: folder };

  it("writes the text to the file", async () => {
    await writeOutput("journey\n", "out.json", cwdIo);
    expect(readFileSync(join(folder, "out.json"), "utf8")).toBe("journey\n");
  });

  it.each([
    ["nodir/x.json", "nodir/x.json: cannot be written: its folder does not exist; create it first"],
    ["a-file/x.json", "a-file/x.json: cannot be written: part of its path is a file, not a folder"],
    [".", ".: is a folder; give the path of a file to write"],
    [
      " nodir/x.json",
      '" nodir/x.json": cannot be written: its folder does not exist; create it first',
    ],
  ])("says in words why %j cannot be written", async (out, message) => {
    const written = writeOutput("x", out, cwdIo);
    await expect(written).rejects.toThrow(CliError);
    await expect(written).rejects.toThrow(message);
  });
});
