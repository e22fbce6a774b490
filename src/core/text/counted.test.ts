import { describe, expect, it } from "vitest";
import { counted } from "./counted";

describe("counted", () => {
  it.each([
    [0, "0 glæder"],
    [1, "1 glæde"],
    [2, "2 glæder"],
  ])("writes %d with the noun in its number", (count, text) => {
    expect(counted(count, "glæde", "glæder")).toBe(text);
  });
});
