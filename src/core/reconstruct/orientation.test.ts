import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import { boardOutline } from "./board-outline";
import { drawGrid, THREE_LANES } from "./journey-test-kit";
import { suggestsVertical, transposed } from "./orientation";

const STAGES = ["Need", "Buy", "Delivery", "Use"];
const suggests = (items: readonly BoardItem[]) => suggestsVertical(boardOutline(items), "miro");
/** The grid of STAGES and THREE_LANES drawn running down: stages down the side. */
const verticalGrid = () =>
  drawGrid({ prefix: "v", x: 0, y: 0, stages: STAGES, lanes: THREE_LANES, vertical: true });

function frame(id: string, x: number, y: number, width: number, height: number): BoardItem {
  return {
    id,
    kind: "frame",
    platformType: "frame",
    text: id,
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

describe("suggestsVertical", () => {
  it("sees lane labels across the top as a vertical journey", () => {
    const { items } = verticalGrid();
    expect(suggests(items)).toBe(true);
  });

  it("sees nothing vertical in a journey with labels down the side", () => {
    const { items } = drawGrid({ prefix: "h", x: 0, y: 0, stages: STAGES, lanes: THREE_LANES });
    expect(suggests(items)).toBe(false);
  });

  it("sees a column of stage-header notes down the side as a vertical journey", () => {
    const { items } = verticalGrid();
    const headers = items.map((i) =>
      i.kind === "text" && STAGES.includes(i.text)
        ? { ...i, kind: "sticky" as const, fill: "dark_blue", width: 199, height: 228 }
        : i,
    );
    // Without the labels across the top, the header column alone tells.
    const noLabels = headers.filter((i) => i.kind !== "text");
    expect(suggests(noLabels)).toBe(true);
  });

  it("sees a column of stickies in a colour of their own down the side as stage titles", () => {
    const { items } = verticalGrid();
    const titled = items
      .filter((i) => i.kind !== "text" || STAGES.includes(i.text))
      .map((i) => (i.kind === "text" ? { ...i, kind: "sticky" as const, fill: "light_green" } : i));
    expect(suggests(titled)).toBe(true);
    const sameAsNotes = titled.map((i) =>
      i.fill === "light_green" ? { ...i, fill: "yellow" } : i,
    );
    expect(suggests(sameAsNotes)).toBe(false);
  });

  it("does not take a column of dark-blue lane labels for stage headers", () => {
    const { items } = drawGrid({ prefix: "h", x: 0, y: 0, stages: STAGES, lanes: THREE_LANES });
    const labelNotes = items.map((i) =>
      i.kind === "text" && THREE_LANES.some(([title]) => title === i.text)
        ? { ...i, kind: "sticky" as const, fill: "dark_blue", width: 199, height: 228 }
        : i,
    );
    expect(suggests(labelNotes)).toBe(false);
  });

  it("sees frames holding notes stacked one above the other as stages down the board", () => {
    const note = (id: string, parentId: string, x: number, y: number): BoardItem => ({
      ...frame(id, x, y, 199, 228),
      kind: "sticky",
      text: "Ringer",
      fill: "yellow",
      parentId,
    });
    const stacked = [
      frame("f1", 1000, 0, 2000, 500),
      frame("f2", 1000, 600, 2000, 500),
      note("n1", "f1", 500, 0),
      note("n2", "f2", 500, 600),
    ];
    expect(suggests(stacked)).toBe(true);
    const sideBySide = [
      frame("f1", 0, 1000, 500, 2000),
      frame("f2", 600, 1000, 500, 2000),
      note("n1", "f1", 0, 500),
      note("n2", "f2", 600, 500),
    ];
    expect(suggests(sideBySide)).toBe(false);
  });
});

describe("transposed", () => {
  it("swaps x for y and width for height, keeping everything else", () => {
    const item = frame("f", 10, 20, 300, 40);
    expect(transposed(item)).toEqual({ ...item, x: 20, y: 10, width: 40, height: 300 });
    expect(transposed(transposed(item))).toEqual(item);
  });
});
