import { describe, expect, it } from "vitest";
import { stickySize } from "./sticky-size";

describe("stickySize", () => {
  it("gives Miro's default sizes by shape", () => {
    expect(stickySize("square", undefined, undefined)).toEqual({ width: 199, height: 228 });
    expect(stickySize("rectangle", undefined, undefined)).toEqual({ width: 350, height: 228 });
  });

  it("scales from the width or the height, keeping the shape's ratio", () => {
    expect(stickySize("square", 398, undefined)).toEqual({ width: 398, height: 456 });
    expect(stickySize("rectangle", undefined, 114)).toEqual({ width: 175, height: 114 });
  });

  it("refuses width and height together", () => {
    expect(() => stickySize("square", 200, 200)).toThrow("width or height, not both");
  });
});
