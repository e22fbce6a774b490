import { describe, expect, it } from "vitest";
import { BoardUnavailableError } from "./board-unavailable-error";

describe("BoardUnavailableError", () => {
  it("says the board is not answering, why, and to wait and try again", () => {
    const error = new BoardUnavailableError("API rate limit exceeded");
    expect([error.name, error.reason]).toEqual([
      "BoardUnavailableError",
      "API rate limit exceeded",
    ]);
    expect(error.message).toBe(
      "the board is not answering just now (API rate limit exceeded); wait a minute, then try again",
    );
  });
});
