import { describe, expect, it } from "vitest";
import { groupSimilar, matchKey, SAME_TEXT, similarity } from "./similar-text";

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

describe("groupSimilar on many notes", () => {
  /** Every note compared with every group in turn, as the grouping is defined; most first. */
  function byDefinition(texts: readonly string[]): string[][] {
    const groups: { key: string; texts: string[] }[] = [];
    for (const text of texts) {
      const key = matchKey(text);
      if (key === "") continue;
      const group = groups.find((g) => similarity(g.key, key) >= SAME_TEXT);
      if (group) group.texts.push(text);
      else groups.push({ key, texts: [text] });
    }
    // A stable sort: groups as often written stay in the order they were made.
    return groups.map((g) => g.texts).sort((a, b) => b.length - a.length);
  }

  it("groups as comparing every note with every group would, repeats and typos alike", () => {
    // Wordings from a few stems with typos, capitals, punctuation, one letter and none. The
    // last is alike to the two before it, which are not alike to each other: it joins the first
    // group made of them.
    const stems = [
      "Lång väntetid",
      "Otydligt pris",
      "Otydliga priser",
      "x",
      "Q",
      "laxx väntetid i telefonkön",
      "xang väntetid i telefonkön",
      "Lang väntetid i telefonkön",
    ];
    const texts: string[] = [];
    for (let i = 0; i < 400; i++) {
      const stem = stems[(i * 7) % stems.length] as string;
      const typo = i % 5 === 0 ? stem.slice(0, -1) : i % 3 === 0 ? `${stem}!` : stem;
      texts.push(i % 4 === 0 ? typo.toUpperCase() : `${typo}${i % 11 === 0 ? " igen" : ""}`);
    }
    const expected = byDefinition(texts);
    expect(expected.length).toBeGreaterThan(6);
    expect(groupSimilar(texts, (t) => t).map((g) => g.members)).toEqual(expected);
  });
});
