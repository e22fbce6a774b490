import { describe, expect, it } from "vitest";
import { optionsInHelp, unknownOptionMessage, verbsWithOption } from "./other-verbs";

describe("optionsInHelp", () => {
  it("reads the long options a help lists, not those its text mentions", () => {
    const help =
      "Usage: x --to T\n\nOptions:\n  --to TARGET   one of them (with --epics)\n  -h, --help    help\n";
    expect(optionsInHelp(help)).toEqual(["--to", "--help"]);
  });
});

describe("verbsWithOption", () => {
  it("finds the verbs whose help lists an option, the asking verb left out", async () => {
    expect(await verbsWithOption("--format", "template")).toEqual([
      "analyze",
      "summarize",
      "actions",
    ]);
    expect(await verbsWithOption("--lang", "export")).toEqual([
      "template",
      "analyze",
      "summarize",
      "actions",
    ]);
    expect(await verbsWithOption("--stages", "analyze")).toEqual(["template"]);
  });

  it("matches whole option names only", async () => {
    expect(await verbsWithOption("--lan", "export")).toEqual([]);
    expect(await verbsWithOption("--scope", "export")).toEqual([]);
    expect(await verbsWithOption("--x.y", "export")).toEqual([]);
  });
});

describe("unknownOptionMessage", () => {
  it("names the verbs that have it, or only points at the verb's help", async () => {
    expect(await unknownOptionMessage("--to", "summarize")).toBe(
      "summarize has no option --to; export has it (see: journey-mapper summarize --help)",
    );
    expect(await unknownOptionMessage("--no-suggestion", "actions")).toBe(
      "unknown option --no-suggestion; did you mean --no-suggestions? (see: journey-mapper actions --help)",
    );
    expect(await unknownOptionMessage("--colour", "template")).toBe(
      "unknown option --colour (see: journey-mapper template --help)",
    );
  });
});
