import { describe, expect, it } from "vitest";
import { groupSimilar, matchKey, similarity } from "./similar-text";

describe("near-duplicate notes", () => {
  it("compares notes without case, emoji and punctuation", () => {
    expect(matchKey("Lång väntetid!")).toBe("lang vantetid");
    expect(matchKey("😡 LÅNG   väntetid…")).toBe("lang vantetid");
    expect(matchKey("Lang väntetid")).toBe(matchKey("lång väntetid"));
    expect(similarity("lang vantetid", "lang vantetd")).toBeGreaterThan(0.85);
    expect(similarity("lång väntetid", "otydligt pris")).toBeLessThan(0.3);
  });

  it("merges 'Lång väntetid' and 'lång väntetid!' into one pain counted twice", () => {
    const groups = groupSimilar(
      ["Lång väntetid", "Otydligt pris", "lång väntetid!", "Lång väntetid", "Inget svar"],
      (t) => t,
    );
    expect(groups.map((g) => [g.text, g.count])).toEqual([
      ["Lång väntetid", 3],
      ["Otydligt pris", 1],
      ["Inget svar", 1],
    ]);
  });

  it("leaves empty notes out", () => {
    expect(groupSimilar(["", "  ", "🎉"], (t) => t)).toEqual([]);
  });
});
