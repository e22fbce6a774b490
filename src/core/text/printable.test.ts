import { describe, expect, it } from "vitest";
import { printable, quoted } from "./printable";

describe("printable", () => {
  it("shows a terminal escape, a bell and a line break as escapes", () => {
    expect(printable("\u001b]0;owned\u0007 a\nb")).toBe("\\u001b]0;owned\\u0007 a\\u000ab");
  });

  it("shows bidi overrides, zero-width marks and C1 controls as escapes", () => {
    expect(printable("a\u202eb\u200bc\u009bd")).toBe("a\\u202eb\\u200bc\\u009bd");
  });

  it("keeps letters of every script and emoji as they are", () => {
    expect(printable("Kundresa – Kö 😀 日本")).toBe("Kundresa – Kö 😀 日本");
  });

  it("cuts long text with an ellipsis", () => {
    expect(printable("x".repeat(300), 10)).toBe(`${"x".repeat(10)}…`);
  });

  it("quotes a value", () => {
    expect(quoted("miro:\u001bpurple")).toBe('"miro:\\u001bpurple"');
  });
});
