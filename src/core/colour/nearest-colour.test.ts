import { describe, expect, it } from "vitest";
import { nearestColour } from "./nearest-colour";

describe("nearestColour", () => {
  it.each([
    ["#FFE299", "figjam:yellow"],
    ["  #ffe299 ", "figjam:yellow"],
    ["#FFE299FF", "figjam:yellow"],
    ["#fff", "figjam:white"],
    ["rgb(255, 226, 153)", "figjam:yellow"],
    ["RGBA(255, 226, 153, 0.5)", "figjam:yellow"],
    ["rgb(100%, 100%, 100%)", "figjam:white"],
  ])("reads the fill %j as %s", (css, colour) => {
    const match = nearestColour(css, "figjam");
    expect(match?.colour).toBe(colour);
    expect(match?.distance).toBeCloseTo(0, 6);
  });

  it("keeps the swatch it matched", () => {
    expect(nearestColour("#FFF9B1", "miro")?.swatch).toEqual({
      colour: "miro:light_yellow",
      palette: "miro",
      hex: "#FFF9B1",
    });
  });

  it("reads an all but transparent fill as no colour", () => {
    expect(nearestColour("#FFE29919", "figjam")).toBeNull();
    expect(nearestColour("rgba(255, 226, 153, 0.05)", "figjam")).toBeNull();
    expect(nearestColour("#FFE2991A", "figjam")?.colour).toBe("figjam:yellow");
  });

  it("reads only the fills boards store, not every CSS colour", () => {
    expect(nearestColour("", "miro")).toBeNull();
    expect(nearestColour("#12345", "miro")).toBeNull();
    expect(nearestColour("rgb(1, 2)", "miro")).toBeNull();
    expect(nearestColour("yellow", "miro")).toBeNull();
    expect(nearestColour("hsl(50, 100%, 80%)", "miro")).toBeNull();
  });
});

describe("nearestColour of channels past their range", () => {
  it("clamps them as CSS does, so the distance stays finite", () => {
    const match = nearestColour("rgb(1e400, 0, 0)", "miro");
    expect(match?.colour).toBe(nearestColour("rgb(255, 0, 0)", "miro")?.colour);
    expect(Number.isFinite(match?.distance)).toBe(true);
  });
});
