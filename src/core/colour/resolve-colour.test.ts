import { describe, expect, it } from "vitest";
import { FIGJAM_SWATCHES } from "./figjam-colours";
import { MIRO_SWATCHES } from "./miro-colours";
import { resolveColour } from "./resolve-colour";

describe("resolveColour", () => {
  it("reads Miro sticky names exactly, whatever the case", () => {
    expect(resolveColour("light_yellow", "miro")).toEqual({
      colour: "miro:light_yellow",
      distance: 0,
    });
    expect(resolveColour("DARK_BLUE", "miro")).toEqual({ colour: "miro:dark_blue", distance: 0 });
  });

  it("matches every Miro swatch fill to its own name at distance 0", () => {
    for (const swatch of MIRO_SWATCHES) {
      const read = resolveColour(swatch.hex, "miro");
      expect(read.colour).toBe(swatch.colour);
      expect(read.distance).toBeCloseTo(0, 6);
    }
  });

  it.each([
    ["#FFFFFF", "figjam:white"],
    ["#E6E6E6", "figjam:gray"],
    ["#B3EFBD", "figjam:green"],
    ["#B3F4EF", "figjam:teal"],
    ["#A8DAFF", "figjam:blue"],
    ["#D3BDFF", "figjam:violet"],
    ["#FFA8DB", "figjam:pink"],
    ["#FFB8A8", "figjam:red"],
    ["#FFD3A8", "figjam:orange"],
    ["#FFE299", "figjam:yellow"],
  ])("reads the current FigJam fill %s as %s exactly", (hex, colour) => {
    const read = resolveColour(hex, "figjam");
    expect(read.colour).toBe(colour);
    expect(read.distance).toBeCloseTo(0, 6);
  });

  it.each([
    ["#AFBCCF", "figjam:gray"],
    ["#e6e6e6", "figjam:gray"],
    ["#FFAFA3", "figjam:red"],
    ["#FFC470", "figjam:orange"],
    ["#FFD966", "figjam:yellow"],
    ["#85E0A3", "figjam:green"],
    ["#75D7F0", "figjam:teal"],
    ["#80CAFF", "figjam:blue"],
    ["#D9B8FF", "figjam:violet"],
    ["#FFBDF2", "figjam:pink"],
  ])("reads the earlier FigJam fill %s as %s exactly", (hex, colour) => {
    const read = resolveColour(hex, "figjam");
    expect(read.colour).toBe(colour);
    expect(read.distance).toBeCloseTo(0, 6);
  });

  it("has every FigJam swatch resolve to its own named colour", () => {
    for (const swatch of FIGJAM_SWATCHES) {
      expect(resolveColour(swatch.hex, "figjam").colour).toBe(swatch.colour);
    }
  });

  it.each([
    ["#FF0000", "figjam", "figjam:red"],
    ["#FFE08A", "figjam", "figjam:yellow"],
    ["#9FD8FF", "figjam", "figjam:blue"],
    ["#FFF8B0", "miro", "miro:light_yellow"],
    ["#EF8E99", "miro", "miro:red"],
    ["rgb(100, 200, 190)", "miro", "miro:cyan"],
  ] as const)(
    "matches the custom fill %s on %s to the nearest colour %s",
    (css, platform, colour) => {
      const read = resolveColour(css, platform);
      expect(read.colour).toBe(colour);
      expect(read.distance).toBeGreaterThan(0);
    },
  );

  it("keeps the distance so that a far match can lower confidence", () => {
    const near = resolveColour("#FFB5A5", "figjam");
    const far = resolveColour("#5A3A00", "figjam");
    expect(near.colour).toBe("figjam:red");
    expect(far.colour).toBe("figjam:orange");
    expect(near.distance).toBeLessThan(3);
    expect(far.distance).toBeGreaterThan(20);
  });

  it.each([
    ["#FF0000", "miro", "miro:red"],
    ["#F24726", "miro", "miro:red"],
    ["#8FD14F", "miro", "miro:green"],
    ["#652CB3", "miro", "miro:violet"],
    ["#808080", "miro", "miro:gray"],
    ["#23BFE7", "miro", "miro:blue"],
    ["#FF0000", "figjam", "figjam:red"],
    ["#0D99FF", "figjam", "figjam:blue"],
    ["#9747FF", "figjam", "figjam:violet"],
    ["#FFA629", "figjam", "figjam:orange"],
  ] as const)("reads the saturated shape fill %s on %s as %s", (css, platform, colour) => {
    expect(resolveColour(css, platform).colour).toBe(colour);
  });

  it("reads a transparent fill as no colour", () => {
    expect(resolveColour("#ffffff00", "miro")).toEqual({ colour: null, distance: 0 });
    expect(resolveColour("rgba(255, 0, 0, 0)", "figjam")).toEqual({ colour: null, distance: 0 });
    expect(resolveColour("rgba(255, 0, 0, 0.8)", "figjam").colour).toBe("figjam:red");
  });

  it("reads no fill and unreadable text as no colour", () => {
    expect(resolveColour(null, "miro")).toEqual({ colour: null, distance: 0 });
    expect(resolveColour("transparent", "figjam")).toEqual({ colour: null, distance: 0 });
    expect(resolveColour("not a colour", "figjam")).toEqual({ colour: null, distance: 0 });
  });
});
