import { describe, expect, it } from "vitest";
import { appMark, MARK_GROUP_MAX, MARK_KEY_MAX } from "./app-mark";

describe("appMark", () => {
  it("fits Miro's 256 bytes of metadata at its longest", () => {
    const mark = appMark(
      "summaries",
      { role: "stage-summary", stage: 9999 },
      "g".repeat(MARK_GROUP_MAX),
    );
    const longest = { ...mark, role: "legend-swatch", key: "k".repeat(MARK_KEY_MAX) };
    expect(new TextEncoder().encode(JSON.stringify(longest)).length).toBeLessThanOrEqual(256);
  });

  it("refuses a role its part does not hold, and a key too long to keep", () => {
    expect(() => appMark("summaries", { role: "cell", stage: 0, lane: "pain" }, "wb")).toThrow();
    expect(() => appMark("actions", { role: "action", actionId: "a".repeat(200) }, "wb")).toThrow();
    expect(() => appMark("template", { role: "title" }, "")).toThrow();
    expect(appMark("tidy", { role: "cell", stage: 0, lane: "pain" }, "wb").part).toBe("tidy");
    expect(() => appMark("summaries", { role: "stage-section", stage: 0 }, "wb")).toThrow();
  });

  it("takes a stage's section as a template's item", () => {
    expect(appMark("template", { role: "stage-section", stage: 2 }, "t-1")).toEqual({
      schemaVersion: 2,
      part: "template",
      role: "stage-section",
      key: "stage-section:2",
      groupId: "t-1",
    });
  });
});
