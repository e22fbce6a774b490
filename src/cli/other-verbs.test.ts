import { describe, expect, it } from "vitest";
import { unknownOptionMessage, verbsWithOption } from "./other-verbs";

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
    expect(await unknownOptionMessage("--colour", "template")).toBe(
      "unknown option --colour (see: journey-mapper template --help)",
    );
  });
});
