import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import { boardOutline } from "./board-outline";
import { spaceCandidates } from "./journey-regions-space";

let next = 0;
function item(
  kind: BoardItem["kind"],
  x: number,
  y: number,
  extra: Partial<BoardItem> = {},
): BoardItem {
  return {
    id: `i${++next}`,
    kind,
    platformType: kind,
    text: "",
    fill: kind === "sticky" ? "yellow" : null,
    x,
    y,
    width: 200,
    height: 200,
    rotation: 0,
    parentId: null,
    mark: null,
    ...extra,
  };
}
const notesAround = (x: number, y: number, count: number, parentId: string | null = null) =>
  Array.from({ length: count }, (_, i) =>
    item("sticky", x + (i % 3) * 220, y + Math.floor(i / 3) * 220, { parentId }),
  );

describe("spaceCandidates", () => {
  it("cuts the board along wide clear strips, across and then down", () => {
    const items = [
      ...notesAround(0, 0, 9),
      ...notesAround(0, 2000, 9),
      ...notesAround(3000, 2000, 6),
    ];
    const candidates = spaceCandidates(boardOutline(items));
    expect(candidates.map((c) => c.notes)).toEqual([9, 9, 6]);
    expect(candidates[2]?.rect).toEqual({ x: 2900, y: 1900, width: 640, height: 420 });
  });

  it("takes a part that is one frame for that frame, with its title", () => {
    const frame = item("frame", 310, 210, { width: 800, height: 600, text: "Nuläge" });
    const items = [frame, ...notesAround(0, 0, 6), ...notesAround(0, 2000, 9)];
    const candidates = spaceCandidates(boardOutline(items));
    expect(candidates.map((c) => [c.title, c.fromFrame])).toEqual([
      ["Nuläge", true],
      [null, false],
    ]);
  });

  it("does not cut where the space between items is narrower than the gap", () => {
    const items = [...notesAround(0, 0, 9), ...notesAround(0, 900, 9)];
    expect(spaceCandidates(boardOutline(items))).toEqual([]);
  });
});
