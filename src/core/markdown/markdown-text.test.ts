import { describe, expect, it } from "vitest";
import { inlineText, tableCell } from "./markdown-text";

describe("tableCell", () => {
  it("keeps a note in its cell: pipes and markup escaped, every kind of line break a <br>", () => {
    expect(tableCell(" a|b\rc\r\nd\ne ")).toBe("a\\|b<br>c<br>d<br>e");
    expect(tableCell("<img src=x> *inte* fet")).toBe("\\<img src=x\\> \\*inte\\* fet");
  });
});

describe("inlineText", () => {
  it("puts a note on one line with its markup escaped", () => {
    expect(inlineText("Lång\rkö\r\n<details>")).toBe("Lång kö \\<details\\>");
  });
});
