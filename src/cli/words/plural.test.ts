import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("gives one form for 1 and the other for 0 and many, by each language's rules", () => {
    const note = { one: "note", other: "notes" };
    expect([0, 1, 2, 21].map((n) => plural("en", n, note))).toEqual([
      "0 notes",
      "1 note",
      "2 notes",
      "21 notes",
    ]);
    expect([0, 1, 2].map((n) => plural("sv", n, { one: "lapp", other: "lappar" }))).toEqual([
      "0 lappar",
      "1 lapp",
      "2 lappar",
    ]);
    expect([0, 1, 2].map((n) => plural("da", n, { one: "seddel", other: "sedler" }))).toEqual([
      "0 sedler",
      "1 seddel",
      "2 sedler",
    ]);
  });

  it("falls back on the other form for a category without its own", () => {
    expect(plural("en", 1, { other: "sheep" })).toBe("1 sheep");
  });
});
