import { describe, expect, it } from "vitest";
import { fitText } from "./tracker-limits";

describe("fitText", () => {
  it("keeps a text that fits, to the character", () => {
    expect(fitText("abc def", 7)).toBe("abc def");
  });

  it("cuts after the last whole word that fits, with an ellipsis, within the limit", () => {
    expect(fitText("Ring kunden snabbt och mejla", 20)).toBe("Ring kunden snabbt…");
    expect([...fitText("Ring kunden snabbt och mejla", 20)].length).toBeLessThanOrEqual(20);
  });

  it("cuts a word with no space mid-word, and never splits an emoji", () => {
    expect(fitText("abcdefghij", 5)).toBe("abcd…");
    expect(fitText("😡😡😡😡😡😡", 4)).toBe("😡😡😡…");
  });
});
