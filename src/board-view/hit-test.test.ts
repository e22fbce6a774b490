import { describe, expect, it } from "vitest";
import { drawnBounds, drawnRect } from "./drawn-rect";
import { itemsWithin, rectBetween, rectHolds } from "./hit-test";
import { boardItem } from "./test-items";

const frame = boardItem({
  id: "f",
  kind: "frame",
  fill: "#ffffff",
  x: 500,
  y: 500,
  width: 1000,
  height: 1000,
});
const inner = boardItem({
  id: "g",
  kind: "frame",
  fill: null,
  x: 300,
  y: 300,
  width: 400,
  height: 400,
});
const note = boardItem({ id: "n", x: 300, y: 300, width: 100, height: 100, parentId: "g" });
const over = boardItem({ id: "o", x: 320, y: 320, width: 100, height: 100 });
const line = boardItem({
  id: "c",
  kind: "connector",
  width: 0,
  height: 0,
  ends: { from: "n", to: "o" },
});
const items = [frame, inner, note, over, line];

describe("hit tests", () => {
  it("lists what a box holds whole, never a connector", () => {
    expect(
      itemsWithin(items, { x: 240, y: 240, width: 200, height: 200 }, "miro").map((i) => i.id),
    ).toEqual(["n", "o"]);
    expect(
      itemsWithin(items, { x: 250, y: 250, width: 100, height: 100 }, "miro").map((i) => i.id),
    ).toEqual(["n"]);
  });

  it("spans a rect between corners given in any order", () => {
    expect(rectBetween({ x: 10, y: 50 }, { x: -10, y: 0 })).toEqual({
      x: -10,
      y: 0,
      width: 20,
      height: 50,
    });
    expect(
      rectHolds({ x: 0, y: 0, width: 10, height: 10 }, { x: -1, y: 0, width: 5, height: 5 }),
    ).toBe(false);
    expect(
      rectHolds({ x: 0, y: 0, width: 10, height: 10 }, { x: -1, y: 0, width: 5, height: 5 }, 1),
    ).toBe(true);
  });

  it("bounds the drawn items, sizes filled in, connectors left out", () => {
    expect(drawnRect(boardItem({ id: "s", x: 0, y: 0, width: 0, height: 0 }), "figjam")).toEqual({
      x: -120,
      y: -120,
      width: 240,
      height: 240,
    });
    expect(drawnBounds([note, over, line], "miro")).toEqual({
      x: 250,
      y: 250,
      width: 120,
      height: 120,
    });
    expect(drawnBounds([line], "miro")).toBeNull();
  });
});
