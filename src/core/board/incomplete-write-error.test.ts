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

  it("names the items it made and could neither mark nor remove", () => {
    const error = new IncompleteWriteError(2, 5, "API rate limit exceeded", ["a1", "b2"]);
    expect(error.unmarkedIds).toEqual(["a1", "b2"]);
    expect(error.message).toBe(
      "the board stopped taking changes (API rate limit exceeded): 2 of 5 change(s) were made; run the task again to finish it; 2 item(s) it made could not be marked as the app's nor removed (a1, b2): delete them by hand, a re-run makes them again",
    );
    expect(new IncompleteWriteError(0, 1, "x").unmarkedIds).toEqual([]);
  });

  it("keeps only the first line of a cause", () => {
    expect(firstLineOf(new Error("rate limit exceeded\n    at call (x.ts:1:1)"))).toBe(
      "rate limit exceeded",
    );
    expect(firstLineOf("plain")).toBe("plain");
  });
});
