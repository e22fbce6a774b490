import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import { boundsOf, frameAt, freeRectNear } from "./board-geometry";

function box(id: string, x: number, y: number, width: number, height: number): BoardItem {
  const kind = id.startsWith("frame") ? "frame" : "shape";
  return {
    id,
    kind,
    platformType: kind,
    text: "",
    fill: null,
    x,
    y,
    width,
    height,
    rotation: 0,
    parentId: null,
    mark: null,
  };
}

describe("board geometry", () => {
  it("gives the wanted region when it is free", () => {
    const want = { x: 0, y: 0, width: 500, height: 300 };
    expect(freeRectNear(want, [box("far", 5000, 5000, 100, 100)])).toEqual(want);
  });

  it("moves right past each item in the way, keeping a margin", () => {
    const items = [box("a", 100, 100, 200, 200), box("b", 500, 150, 200, 100)];
    const found = freeRectNear({ x: 0, y: 0, width: 300, height: 300 }, items);
    expect(found).toEqual({ x: 700, y: 0, width: 300, height: 300 });
  });

  it("finds the smallest frame under a point, skipping the excluded", () => {
    const items = [box("frame-big", 0, 0, 1000, 1000), box("frame-small", 100, 100, 200, 200)];
    expect(frameAt(120, 80, items, new Set())).toBe("frame-small");
    expect(frameAt(120, 80, items, new Set(["frame-small"]))).toBe("frame-big");
    expect(frameAt(900, 900, items, new Set())).toBeNull();
  });

  it("bounds items, or nothing", () => {
    expect(boundsOf([box("a", 0, 0, 100, 50), box("b", 300, 200, 100, 50)])).toEqual({
      x: -50,
      y: -25,
      width: 400,
      height: 250,
    });
    expect(boundsOf([])).toBeNull();
  });
});
