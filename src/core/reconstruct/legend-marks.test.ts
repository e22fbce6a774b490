import { describe, expect, it } from "vitest";
import { isMark } from "./legend-marks";

describe("isMark", () => {
  it.each(["", "  ", "+1", "3", "A", "✓", "★", "👍"])("reads %j as a mark", (text) => {
    expect(isMark(text)).toBe(true);
  });

  it.each(["App", "Ja", "Nej", "Pains", "+12 3"])("reads %j as words", (text) => {
    expect(isMark(text)).toBe(false);
  });
});
