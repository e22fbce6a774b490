import { describe, expect, it } from "vitest";
import { quoteValue, screenSafe } from "./quote-value";

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

describe("screenSafe", () => {
  it("keeps line ends and tabs and escapes every other control character, uncut", () => {
    const long = "x".repeat(500);
    expect(screenSafe(`a\tb\n\u001b]0;t\u0007\u202e${long}`)).toBe(
      `a\tb\n\\u{1b}]0;t\\u{7}\\u{202e}${long}`,
    );
  });
});
