import { describe, expect, it } from "vitest";
import { type ItemKey, keyText, parseItemKey } from "./item-key";

describe("item keys", () => {
  const keys: [ItemKey, string][] = [
    [{ role: "journey-frame" }, "journey-frame"],
    [{ role: "title" }, "title"],
    [{ role: "header-card" }, "header-card"],
    [{ role: "legend-title" }, "legend-title"],
    [{ role: "parking-lot" }, "parking-lot"],
    [{ role: "headline" }, "headline"],
    [{ role: "emotion-label" }, "emotion-label"],
    [{ role: "stage-header", stage: 3 }, "stage-header:3"],
    [{ role: "stage-section", stage: 2 }, "stage-section:2"],
    [{ role: "lane-label", lane: "pain" }, "lane-label:pain"],
    [{ role: "cell", stage: 2, lane: "pain" }, "cell:2:pain"],
    [{ role: "legend-swatch", meaning: "stage-header" }, "legend-swatch:stage-header"],
    [{ role: "stage-summary", stage: 1 }, "stage-summary:1"],
    [{ role: "emotion-point", stage: 0 }, "emotion-point:0"],
    [{ role: "emotion-line", from: 0, to: 2 }, "emotion-line:0:2"],
    [{ role: "actions-area" }, "actions-area"],
    [{ role: "action", actionId: "act-1a2b" }, "action:act-1a2b"],
    [{ role: "tidy-note", noteId: "12:7" }, "tidy-note:12:7"],
    [{ role: "tidy-tray" }, "tidy-tray"],
  ];

  it.each(keys)("writes %o as %s and reads it back", (key, text) => {
    expect(keyText(key)).toBe(text);
    expect(parseItemKey(text)).toEqual(key);
  });

  it("reads nothing it does not write", () => {
    for (const text of [
      "",
      "cell",
      "cell:2",
      "cell:2:pain:3",
      "cell:02:pain",
      "cell:-1:pain",
      "cell:1:ideas",
      "stage-header:x",
      "stage-section",
      "stage-section:1:pain",
      "lane-label:",
      "action:",
      "headline:1",
      "summary:1",
      "tidy:cell:0:pain",
      "emotion-line:0",
    ]) {
      expect(parseItemKey(text)).toBeNull();
    }
  });
});
