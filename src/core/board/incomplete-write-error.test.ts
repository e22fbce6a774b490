import { describe, expect, it } from "vitest";
import { firstLineOf, IncompleteWriteError } from "./incomplete-write-error";

describe("IncompleteWriteError", () => {
  it("says what failed, how much was made, and that a re-run finishes it", () => {
    const error = new IncompleteWriteError(37, 120, "Internal error, please try again");
    expect(error.name).toBe("IncompleteWriteError");
    expect([error.done, error.total, error.reason]).toEqual([
      37,
      120,
      "Internal error, please try again",
    ]);
    expect(error.message).toBe(
      "the board stopped taking changes (Internal error, please try again): 37 of 120 change(s) were made; run the task again to finish it",
    );
  });

  it("keeps only the first line of a cause", () => {
    expect(firstLineOf(new Error("rate limit exceeded\n    at call (x.ts:1:1)"))).toBe(
      "rate limit exceeded",
    );
    expect(firstLineOf("plain")).toBe("plain");
  });
});
