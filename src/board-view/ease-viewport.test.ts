import { describe, expect, it } from "vitest";
import { easeViewport } from "./ease-viewport";

describe("easeViewport", () => {
  const screen = { width: 800, height: 600 };
  const from = { offsetX: 0, offsetY: 0, zoom: 0.25 };
  const to = { offsetX: -1000, offsetY: 200, zoom: 1 };

  it("starts at the first view and ends at the second", () => {
    expect(easeViewport(from, to, 0, screen)).toEqual(from);
    const end = easeViewport(from, to, 1, screen);
    expect(end.zoom).toBeCloseTo(1);
    expect(end.offsetX).toBeCloseTo(-1000);
    expect(end.offsetY).toBeCloseTo(200);
  });

  it("zooms geometrically: halfway between a quarter and one is a half", () => {
    expect(easeViewport(from, to, 0.5, screen).zoom).toBeCloseTo(0.5);
  });

  it("holds the ends for a time outside 0..1", () => {
    expect(easeViewport(from, to, -1, screen)).toEqual(from);
    expect(easeViewport(from, to, 3, screen).zoom).toBeCloseTo(1);
  });
});
