import { describe, expect, it } from "vitest";
import { hexOfFills, solidFills } from "./figjam-fills";

describe("FigJam fills", () => {
  it("reads the first visible solid paint as #RRGGBB, as the REST reader does", () => {
    const yellow = { type: "SOLID", color: { r: 1, g: 226 / 255, b: 153 / 255 } };
    expect(hexOfFills([yellow])).toBe("#FFE299");
    expect(
      hexOfFills([
        { ...yellow, visible: false },
        { type: "SOLID", color: { r: 0, g: 0, b: 0 } },
      ]),
    ).toBe("#000000");
    expect(hexOfFills([{ type: "GRADIENT_LINEAR" }])).toBeNull();
    expect(hexOfFills([])).toBeNull();
    expect(hexOfFills(Symbol("mixed"))).toBeNull();
  });

  it("writes a hex fill as one solid paint that reads back the same, and none as no paint", () => {
    for (const hex of ["#FFE299", "#b3efbd", "#1E1E1E"]) {
      expect(hexOfFills(solidFills(hex))).toBe(hex.toUpperCase());
    }
    expect(solidFills(null)).toEqual([]);
    expect(() => solidFills("red")).toThrow(/#RRGGBB/);
  });
});
