import { describe, expect, it } from "vitest";
import { quoteValue } from "./quote-value";

describe("quoteValue", () => {
  it("quotes a value as it was typed", () => {
    expect(quoteValue("Jira")).toBe('"Jira"');
    expect(quoteValue("")).toBe('""');
    expect(quoteValue("C:\\boards\\a.json")).toBe('"C:\\boards\\a.json"');
  });

  it("never sends a control character raw: escapes, line breaks, bidi overrides", () => {
    expect(quoteValue("\u001b]0;pwned\u0007x")).toBe('"\\u{1b}]0;pwned\\u{7}x"');
    expect(quoteValue("a\nb\r\tc")).toBe('"a\\u{a}b\\u{d}\\u{9}c"');
    expect(quoteValue("\u009bx\u202e")).toBe('"\\u{9b}x\\u{202e}"');
  });

  it("cuts a long value short", () => {
    const quoted = quoteValue("å".repeat(100));
    expect(quoted).toBe(`"${"å".repeat(59)}…"`);
    expect(quoteValue("x".repeat(60))).toBe(`"${"x".repeat(60)}"`);
  });
});
