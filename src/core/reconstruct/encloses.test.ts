import { describe, expect, it } from "vitest";
import { encloses } from "./encloses";

const frame = { x: 100, y: 50, width: 200, height: 100 };

describe("encloses", () => {
  it("holds a box wholly inside, edges included", () => {
    expect(encloses(frame, { x: 50, y: 50, width: 20, height: 20 })).toBe(true);
    expect(encloses(frame, frame)).toBe(true);
  });

  it("does not hold a box that only overlaps it, on either axis", () => {
    expect(encloses(frame, { x: 195, y: 50, width: 20, height: 20 })).toBe(false);
    expect(encloses(frame, { x: 100, y: 95, width: 20, height: 20 })).toBe(false);
  });

  it("does not hold a box larger than itself", () => {
    expect(encloses({ x: 50, y: 50, width: 20, height: 20 }, frame)).toBe(false);
  });
});
