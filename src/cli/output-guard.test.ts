import { link, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { refuseOutputOverInput } from "./output-guard";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "journey-mapper-guard-"));
  await writeFile(join(dir, "board.json"), "[]");
  await link(join(dir, "board.json"), join(dir, "same-board.json"));
  await symlink("/dev/null", join(dir, "null-link"));
});

const board = [{ path: "board.json", what: "the board file" }];

describe("refuseOutputOverInput", () => {
  it("refuses the board file itself as --out, however the path is written", () => {
    for (const out of ["board.json", "./board.json", join(dir, "board.json"), "x/../board.json"]) {
      expect(() => refuseOutputOverInput(out, board, dir)).toThrow(
        `--out "${out}" is the board file it reads; write the output to another file`,
      );
    }
  });

  it("refuses a link to the board file, and a board file not yet there by its path", () => {
    expect(() => refuseOutputOverInput("same-board.json", board, dir)).toThrow(CliError);
    const missing = [{ path: "new.json", what: "the legend file" }];
    expect(() => refuseOutputOverInput("new.json", missing, dir)).toThrow(
      '--out "new.json" is the legend file it reads; write the output to another file',
    );
  });

  it("lets any other file, or standard output, be written", () => {
    // A device read is not overwritten by writing it under another name (a terminal, a null).
    const device = [{ path: "/dev/null", what: "the board file" }];
    expect(refuseOutputOverInput("null-link", device, dir)).toBeUndefined();
    expect(refuseOutputOverInput("journey.json", board, dir)).toBeUndefined();
    expect(refuseOutputOverInput(undefined, board, dir)).toBeUndefined();
    expect(refuseOutputOverInput("board.json", [{ path: undefined, what: "x" }], dir)).toBe(
      undefined,
    );
  });
});
