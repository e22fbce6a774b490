import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import { hexOf } from "../../core/colour/swatches";
import { figjamCopy } from "./figjam-copy";

const item = (overrides: Partial<BoardItem>): BoardItem => ({
  id: "n1",
  kind: "sticky",
  platformType: "sticky_note",
  text: "Lång väntetid",
  fill: "red",
  x: 100,
  y: 200,
  width: 199,
  height: 228,
  rotation: 0,
  parentId: null,
  mark: null,
  ...overrides,
});

describe("figjamCopy", () => {
  it("makes Miro's notes FigJam stickies of FigJam's sizes in its nearest colours, where they were", () => {
    const [note, wide] = figjamCopy([
      item({}),
      item({ id: "n2", fill: "light_yellow", width: 350, height: 228 }),
    ]);
    expect(note).toMatchObject({ platformType: "STICKY", text: "Lång väntetid", x: 100, y: 200 });
    expect(note).toMatchObject({ width: 240, height: 240, fill: hexOf("figjam:red") });
    expect(wide).toMatchObject({ width: 416, height: 240, fill: hexOf("figjam:yellow") });
  });

  it("makes frames sections, shapes shapes with text, cards stickies, and leaves images out", () => {
    const copy = figjamCopy([
      item({ id: "f", kind: "frame", platformType: "frame", fill: "#ffffff", width: 900 }),
      item({ id: "s", kind: "shape", platformType: "shape", fill: "#fef445", parentId: "f" }),
      item({ id: "c", kind: "card", platformType: "card", fill: "#2d9bf0" }),
      item({ id: "i", kind: "other", platformType: "image", fill: null }),
    ]);
    expect(copy.map((i) => [i.id, i.kind, i.platformType, i.parentId])).toEqual([
      ["f", "frame", "SECTION", null],
      ["s", "shape", "SHAPE_WITH_TEXT", "f"],
      ["c", "sticky", "STICKY", null],
    ]);
    expect(copy[0]).toMatchObject({ fill: "#ffffff", width: 900 });
  });
});
