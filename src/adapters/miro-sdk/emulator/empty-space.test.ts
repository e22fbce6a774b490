import { describe, expect, it } from "vitest";
import { emptySpaceNear } from "./empty-space";

describe("emptySpaceNear", () => {
  const want = { x: 0, y: 0, width: 200, height: 200 };

  it("gives the wanted place when it is free", () => {
    expect(emptySpaceNear(want, [{ x: 1000, y: 0, width: 100, height: 100 }], 0)).toEqual(want);
  });

  it("moves the shortest way past what is there, keeping the gap", () => {
    const wide = { x: 0, y: 0, width: 1000, height: 100 };
    // Right or left is 600 away, up or down 160 (50 + 10 + 100): down comes first.
    expect(emptySpaceNear(want, [wide], 10)).toEqual({ x: 0, y: 160, width: 200, height: 200 });
  });

  it("passes several items in a row", () => {
    const tall = { width: 100, height: 2000 };
    const row = [
      { x: 0, y: 0, ...tall },
      { x: 200, y: 0, ...tall },
      { x: -200, y: 0, ...tall },
      { x: -400, y: 0, ...tall },
    ];
    expect(emptySpaceNear(want, row, 0)).toEqual({ x: 350, y: 0, width: 200, height: 200 });
  });
});
