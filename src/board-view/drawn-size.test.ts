import { describe, expect, it } from "vitest";
import { drawnSize, fitFontSize, textHeight, wrappedLines } from "./drawn-size";
import { boardItem } from "./test-items";

describe("drawnSize", () => {
  it("keeps a size the file gives", () => {
    expect(drawnSize(boardItem({ id: "a", width: 199, height: 228 }), "miro")).toEqual({
      width: 199,
      height: 228,
    });
  });

  it("gives a sticky without a size the platform's default", () => {
    const bare = boardItem({ id: "a", width: 0, height: 0 });
    expect(drawnSize(bare, "miro")).toEqual({ width: 199, height: 228 });
    expect(drawnSize(bare, "figjam")).toEqual({ width: 240, height: 240 });
  });

  it("keeps a Miro sticky's shape when one side is given", () => {
    expect(drawnSize(boardItem({ id: "a", width: 398, height: 0 }), "miro")).toEqual({
      width: 398,
      height: 456,
    });
  });

  it("gives a text item its height from the words it holds", () => {
    const text = boardItem({
      id: "t",
      kind: "text",
      text: "Kundens aktiviteter",
      width: 0,
      height: 0,
      style: { fontSize: 20 },
    });
    const size = drawnSize(text, "miro");
    expect(size.width).toBeCloseTo(19 * 20 * 0.6 + 8);
    expect(size.height).toBeCloseTo(26);
  });
});

describe("text fitting", () => {
  it("wraps paragraphs word by word, by an average glyph width", () => {
    // Ten glyphs of 6 px fit 60 px.
    expect(wrappedLines("abcdefghij", 60, 10)).toBe(1);
    expect(wrappedLines("abcdefghijk", 60, 10)).toBe(2);
    expect(wrappedLines("abcde fghij", 60, 10)).toBe(2);
    expect(wrappedLines("abc def ghi", 60, 10)).toBe(2);
    expect(wrappedLines("ab\n\ncd", 60, 10)).toBe(3);
    expect(wrappedLines("a abcdefghijklmnopqrstuvwxyz b", 60, 10)).toBe(4);
    expect(textHeight("ab", 100, 10)).toBeCloseTo(13);
  });

  it("never sizes a word wider than the note", () => {
    const box = { width: 200, height: 228 };
    const size = fitFontSize("Installationsguide", box);
    expect(size * 0.6 * "Installationsguide".length).toBeLessThanOrEqual(200 - 32);
  });

  it("shrinks a long note's words so they stay inside the sticky", () => {
    const box = { width: 200, height: 200 };
    expect(fitFontSize("Kö", box)).toBe(40);
    const long = "Väntade tre veckor på att teknikern skulle komma, ingen hörde av sig";
    const size = fitFontSize(long, box);
    expect(size).toBeLessThan(40);
    expect(size).toBeGreaterThanOrEqual(8);
    expect(textHeight(long, 200 - 32, size)).toBeLessThanOrEqual(200 - 32);
  });
});
