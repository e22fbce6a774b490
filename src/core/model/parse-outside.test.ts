import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { formatPath, issueText } from "./parse-outside";

function firstIssue(schema: z.ZodMiniType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a problem");
  return result.error.issues[0] as z.core.$ZodIssue;
}

describe("formatPath", () => {
  it("spells out a short path", () => {
    expect(formatPath(["data", 3, "position", "x"])).toBe("data[3].position.x");
    expect(formatPath([])).toBe("(top level)");
  });

  it("shows a deep path's ends and counts the keys between", () => {
    const path = ["document", ...Array.from({ length: 1000 }, () => ["children", 0]).flat(), "id"];
    expect(formatPath(path)).toBe(
      "document.children[0].children[0].children…(1990 keys deeper)…[0].children[0].children[0].id",
    );
  });
});

describe("issueText", () => {
  it("says a field is missing, empty, or not one of its options, in plain words", () => {
    expect(issueText(firstIssue(z.object({ a: z.string() }), {}))).toBe(
      "missing (expected string)",
    );
    expect(issueText(firstIssue(z.string().check(z.minLength(1)), ""))).toBe(
      "empty (expected a text)",
    );
    expect(issueText(firstIssue(z.enum(["a", "b"]), "c"))).toBe('not one of "a", "b"');
    expect(issueText(firstIssue(z.number(), "1"))).toBe("expected number, received string");
  });
});
