import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import { boardOutline } from "./board-outline";
import { frameCandidates } from "./journey-regions";
import { titleAbove } from "./region-title";
import { readingOrder, regionOf, shareOut } from "./share-out";

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

describe("frameCandidates", () => {
  it("takes the outermost frames holding notes, titled, with default names untitled", () => {
    const a = item("frame", 1000, 500, { width: 2000, height: 1000, text: "Idag" });
    const b = item("frame", 1000, 2000, { width: 2000, height: 1000, text: "Frame 2" });
    const inner = item("frame", 500, 500, { width: 600, height: 600, text: "Behov" });
    const items = [
      a,
      b,
      inner,
      ...notesAround(400, 400, 6, inner.id),
      ...notesAround(800, 1900, 6, b.id),
    ];
    const candidates = frameCandidates(boardOutline(items));
    expect(candidates.map((c) => [c.title, c.notes])).toEqual([
      ["Idag", 6],
      [null, 6],
    ]);
  });

  it("looks inside one frame around everything, and finds none where frames hold too few notes", () => {
    const board = item("frame", 1000, 1500, { width: 2400, height: 3200, text: "Kundresa" });
    const a = item("frame", 1000, 500, { width: 2000, height: 1000, text: "Nuläge" });
    const b = item("frame", 1000, 2000, { width: 2000, height: 1000, text: "Framtid" });
    const items = [board, a, b, ...notesAround(400, 400, 6), ...notesAround(400, 1900, 6)];
    expect(frameCandidates(boardOutline(items)).map((c) => c.title)).toEqual(["Nuläge", "Framtid"]);
    const sparse = [a, b, ...notesAround(400, 400, 6), ...notesAround(400, 1900, 2)];
    expect(frameCandidates(boardOutline(sparse))).toEqual([]);
  });
});

describe("sharing the board out among regions", () => {
  const top = { x: 0, y: 0, width: 1000, height: 1000 };
  const bottom = { x: 0, y: 2000, width: 1000, height: 1000 };

  it("gives each item to the region holding it, or the nearest, and one without a position to the first", () => {
    const inTop = item("sticky", 500, 500);
    const nearBottom = item("sticky", 500, 1800);
    const lost = item("sticky", 0, 0, { noPosition: true });
    const [first, second] = shareOut([inTop, nearBottom, lost], [bottom, top]);
    expect(first?.map((i) => i.id)).toEqual([nearBottom.id, lost.id]);
    expect(second?.map((i) => i.id)).toEqual([inTop.id]);
    expect(regionOf(500, 500, [{ x: 0, y: 0, width: 5000, height: 5000 }, top])).toBe(1);
  });

  it("orders regions top to bottom, and side by side left to right", () => {
    const right = { rect: { x: 1500, y: 50, width: 1000, height: 1000 }, name: "right" };
    const left = { rect: top, name: "left" };
    const below = { rect: bottom, name: "below" };
    expect(readingOrder([below, right, left]).map((r) => r.name)).toEqual([
      "left",
      "right",
      "below",
    ]);
  });
});

describe("titleAbove", () => {
  it("takes the text alone in its row above the notes, not a row of stage titles or a lane label", () => {
    const notes = notesAround(0, 500, 3);
    const stages = ["Need", "Buy"].map((text, i) =>
      item("text", i * 400, 200, { text, height: 80 }),
    );
    const title = item("text", 200, -100, { text: "Nu\nworkshop 3 maj", height: 80 });
    expect(titleAbove([...notes, ...stages, title])).toBe("Nu");
    expect(titleAbove([...notes, ...stages])).toBeNull();
    const label = item("text", 200, -100, { text: "Pain points", height: 80 });
    expect(titleAbove([...notes, ...stages, label])).toBeNull();
  });
});
