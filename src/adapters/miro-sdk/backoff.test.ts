import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff";

describe("backoffDelay", () => {
  const backoff = { baseMs: 100, capMs: 1000 };

  it("waits a random share of a ceiling that doubles with each attempt", () => {
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, backoff, () => 0.5))).toEqual([
      50, 100, 200, 400,
    ]);
    expect(backoffDelay(2, backoff, () => 0)).toBe(0);
  });

  it("never waits past the cap, however many attempts", () => {
    expect(backoffDelay(4, backoff, () => 0.999)).toBe(999);
    expect(backoffDelay(5000, backoff, () => 0.5)).toBe(500);
  });
});
