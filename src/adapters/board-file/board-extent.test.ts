import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import { itemsOnBoard } from "./board-extent";

function item(id: string, kind: BoardItem["kind"], x: number, width = 100): BoardItem {
  return {
    id,
    kind,
    platformType: kind === "sticky" ? "sticky_note" : "shape",
    text: id,
    fill: null,
    x,
    y: 0,
    width,
    height: 100,
    rotation: 0,
    parentId: null,
    mark: null,
  };
}

describe("itemsOnBoard", () => {
  it("keeps items on any real board as they are, without a warning", () => {
    const warnings: string[] = [];
    const items = [item("a", "sticky", -1e9), item("b", "shape", 1e9, 1e9)];
    expect(itemsOnBoard(items, warnings)).toEqual(items);
    expect(warnings).toEqual([]);
  });

  it("keeps a note beyond any board without a position, leaves other items out, and says so", () => {
    const warnings: string[] = [];
    const kept = itemsOnBoard(
      [
        item("a", "sticky", 1e308),
        item("b", "shape", 0, Number.POSITIVE_INFINITY),
        item("c", "text", 5),
      ],
      warnings,
    );
    expect(kept.map((k) => [k.id, k.x, k.width, k.noPosition])).toEqual([
      ["a", 0, 0, true],
      ["c", 5, 100, undefined],
    ]);
    expect(warnings).toEqual([
      "2 items lie beyond any board (sticky_note a: x 1e+308; a board reaches ±1,000,000,000): notes among them are listed as not placed, the rest left out",
    ]);
  });

  it("refuses a negative size", () => {
    const warnings: string[] = [];
    expect(itemsOnBoard([item("s", "shape", 0, -5)], warnings)).toEqual([]);
    expect(warnings[0]).toContain("(shape s: width below 0;");
  });
});
