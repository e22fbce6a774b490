import { describe, expect, it } from "vitest";
import { textSize } from "./text-size";

describe("textSize", () => {
  it("grows in height with each line", () => {
    const one = textSize("<p>Stage</p>", 20, 300);
    const two = textSize("<p>Stage</p><p>Two</p>", 20, 300);
    expect(one).toEqual({ width: 300, height: 28 });
    expect(two.height).toBe(56);
  });

  it("wraps a line longer than the width", () => {
    // 11 px a character at 20 px: 110 px hold 10 characters, so 25 take three rows.
    expect(textSize(`<p>${"x".repeat(25)}</p>`, 20, 110).height).toBe(84);
  });

  it("is as wide as its longest line without a width", () => {
    expect(textSize("<p>abcd</p>", 10, undefined).width).toBe(22);
  });
});
