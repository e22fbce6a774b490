import { describe, expect, it } from "vitest";
import { modulesUnder } from "./modules-under.ts";

const words = modulesUnder("/repo/src/panel/words");

describe("modulesUnder", () => {
  it("is true for a chunk whose modules all lie in the folder, at any depth", () => {
    expect(words(["/repo/src/panel/words/sv.ts"])).toBe(true);
    expect(words(["/repo/src/panel/words/sv.ts", "/repo/src/panel/words/extra/da.ts"])).toBe(true);
    expect(words(["/repo/src/panel/words/en.ts?used"])).toBe(true);
  });

  it("is true for a chunk that holds the folder's file beside another: it counts whole", () => {
    expect(words(["/repo/src/panel/words/sv.ts", "/repo/src/core/text/counted.ts"])).toBe(true);
  });

  it("is false when no module lies in the folder, beside it or in a folder of a like name", () => {
    expect(words(["/repo/src/panel/export/export-file.ts"])).toBe(false);
    expect(words(["/repo/src/panel/words-extra/sv.ts"])).toBe(false);
    expect(words(["/repo/src/panel/words"])).toBe(false);
  });

  it("is false for virtual modules and for a chunk of no modules", () => {
    expect(words(["\0/repo/src/panel/words/sv.ts"])).toBe(false);
    expect(words([])).toBe(false);
  });
});
