import { describe, expect, it } from "vitest";
import {
  clampZoom,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  toBoard,
  toScreen,
  wheelZoomFactor,
  zoomAround,
} from "./viewport";

describe("viewport", () => {
  const view = { offsetX: 100, offsetY: 50, zoom: 0.5 };

  it("maps board points to the screen and back", () => {
    expect(toScreen(view, { x: 200, y: -100 })).toEqual({ x: 200, y: 0 });
    expect(toBoard(view, { x: 200, y: 0 })).toEqual({ x: 200, y: -100 });
  });

  it("pans by screen pixels", () => {
    expect(panBy(view, 10, -20)).toEqual({ offsetX: 110, offsetY: 30, zoom: 0.5 });
  });

  it("zooms about an anchor that stays over the same board point", () => {
    const anchor = { x: 300, y: 250 };
    const before = toBoard(view, anchor);
    const zoomed = zoomAround(view, anchor, 2);
    expect(zoomed.zoom).toBe(1);
    expect(toBoard(zoomed, anchor)).toEqual(before);
  });

  it("keeps the zoom within its limits", () => {
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(0)).toBe(MIN_ZOOM);
    expect(zoomAround(view, { x: 0, y: 0 }, 1000).zoom).toBe(MAX_ZOOM);
  });

  it("zooms in for a wheel turned forward and out for one turned back, at most by two", () => {
    expect(wheelZoomFactor(-100, { pinch: false, lines: false })).toBeCloseTo(Math.exp(0.15));
    expect(wheelZoomFactor(100, { pinch: false, lines: false })).toBeCloseTo(Math.exp(-0.15));
    expect(wheelZoomFactor(-3, { pinch: false, lines: true })).toBeCloseTo(Math.exp(0.072));
    expect(wheelZoomFactor(-10, { pinch: true, lines: false })).toBeCloseTo(Math.exp(0.1));
    expect(wheelZoomFactor(-100_000, { pinch: false, lines: false })).toBeCloseTo(Math.exp(0.7));
  });
});
