import { describe, expect, it } from "vitest";
import { fitView, withMargin } from "./fit-view";
import { toScreen } from "./viewport";

describe("fitView", () => {
  const screen = { width: 1000, height: 600 };

  it("shows a wide board whole, centred, within the padding", () => {
    const view = fitView({ x: -500, y: 0, width: 4000, height: 1000 }, screen, { padding: 50 });
    expect(view.zoom).toBeCloseTo(900 / 4000);
    expect(toScreen(view, { x: -500, y: 0 }).x).toBeCloseTo(50);
    expect(toScreen(view, { x: 3500, y: 1000 }).x).toBeCloseTo(950);
    expect(toScreen(view, { x: 1500, y: 500 })).toEqual({ x: 500, y: 300 });
  });

  it("fits a tall board by its height", () => {
    const view = fitView({ x: 0, y: 0, width: 100, height: 5000 }, screen, { padding: 0 });
    expect(view.zoom).toBeCloseTo(600 / 5000);
  });

  it("does not zoom past the ceiling for one small note", () => {
    const view = fitView({ x: 10, y: 10, width: 200, height: 200 }, screen, { maxZoom: 1 });
    expect(view.zoom).toBe(1);
    expect(toScreen(view, { x: 110, y: 110 })).toEqual({ x: 500, y: 300 });
  });

  it("survives an empty rect and a screen smaller than its padding", () => {
    const view = fitView(
      { x: 5, y: 5, width: 0, height: 0 },
      { width: 20, height: 20 },
      { padding: 40 },
    );
    expect(Number.isFinite(view.zoom) && view.zoom > 0).toBe(true);
    expect(toScreen(view, { x: 5, y: 5 })).toEqual({ x: 10, y: 10 });
  });
});

describe("withMargin", () => {
  it("grows a small rect by the least margin and a large one by its share", () => {
    expect(withMargin({ x: 0, y: 0, width: 200, height: 228 })).toEqual({
      x: -200,
      y: -200,
      width: 600,
      height: 628,
    });
    expect(withMargin({ x: 0, y: 0, width: 4000, height: 1000 })).toEqual({
      x: -400,
      y: -200,
      width: 4800,
      height: 1400,
    });
  });
});
