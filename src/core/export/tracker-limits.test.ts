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
    expect(fitText("😡😡😡😡😡😡", 8)).toBe("😡😡😡…");
    expect(fitText("😡😡😡😡😡😡", 7)).toBe("😡😡😡…");
  });

  it("counts as Jira and Azure do, in UTF-16 units: an emoji is two", () => {
    const title = `${"😡".repeat(200)} slut`;
    const fitted = fitText(title, 255);
    expect(fitted.length).toBeLessThanOrEqual(255);
    expect(fitted).toBe(`${"😡".repeat(127)}…`);
  });
});
