import { describe, expect, it } from "vitest";
import { namesPain, painNumber, referencesIn } from "./answer-reference";

describe("referencesIn", () => {
  it("reads quotations in the quotes of en, sv and da", () => {
    expect(referencesIn('Fix "long wait", ”Lång väntetid” and «Lang kø»').names).toEqual([
      "long wait",
      "lang vantetid",
      "lang kø",
    ]);
  });

  it("reads what follows a marker to the end of the line, several split by semicolons", () => {
    expect(referencesIn("Train staff\nre: long wait; rude staff").names).toEqual([
      "long wait",
      "rude staff",
    ]);
    expect(referencesIn("Utbilda (ang: lång väntetid)").names).toEqual(["lang vantetid"]);
    expect(referencesIn("Uddan personalet, vedr.: lang kø").names).toEqual(["lang kø"]);
    expect(referencesIn("Train staff -> long wait").names).toEqual(["long wait"]);
    expect(referencesIn("Redesign the form").names).toEqual([]);
  });

  it("reads a pain's number after a marker or after #, but not the action's own at its start", () => {
    expect(referencesIn("Train staff → #3").numbers).toEqual(["3"]);
    expect(referencesIn("Train staff, re: 2").numbers).toEqual(["2"]);
    expect(referencesIn("Train staff #04").numbers).toEqual(["4"]);
    expect(referencesIn("#1 Train staff").numbers).toEqual([]);
  });
});

describe("painNumber", () => {
  it("reads #N anywhere, or N. or N) at the start, and no other number", () => {
    expect(painNumber("#3 Long wait")).toBe("3");
    expect(painNumber("Long wait #12")).toBe("12");
    expect(painNumber("2. Lång väntetid")).toBe("2");
    expect(painNumber("2) Lang kø")).toBe("2");
    expect(painNumber("2 weeks to deliver")).toBe(null);
  });
});

describe("namesPain", () => {
  it("takes nearly the same text, or either holding the other as whole words", () => {
    expect(namesPain("long wait", "Long wait at the checkout")).toBe(true);
    expect(namesPain("long wait at the till today", "Long wait")).toBe(true);
    expect(namesPain("lang vantetid", "Lång väntetid!")).toBe(true);
    expect(namesPain("wait", "Awaiting delivery")).toBe(false);
  });
});
