import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import { readMiroItems } from "./read-miro-items";
import { writeMiroItems } from "./write-miro-items";

function item(id: string, overrides: Partial<BoardItem>): BoardItem {
  return {
    id,
    kind: "sticky",
    platformType: "sticky_note",
    text: "",
    fill: null,
    x: 0,
    y: 0,
    width: 100,
    height: 100,
    rotation: 0,
    parentId: null,
    mark: null,
    ...overrides,
  };
}

const items: BoardItem[] = [
  item("outer", {
    kind: "frame",
    text: "Journey",
    fill: "#ffffff",
    x: 1000,
    y: 1000,
    width: 2000,
    height: 2000,
  }),
  item("inner", {
    kind: "frame",
    text: "Köp",
    fill: "#f5f6f8",
    x: 600,
    y: 500,
    width: 400,
    height: 600,
    parentId: "outer",
  }),
  item("note", {
    text: 'Pris & "villkor" <3\nrad två',
    fill: "red",
    x: 550,
    y: 420,
    width: 199,
    height: 228,
    parentId: "inner",
  }),
  item("card", {
    kind: "card",
    text: "R&D <b>bold</b>\nÄgare: @anna & co",
    fill: "#2d9bf0",
    x: 1500,
    y: 300,
    width: 320,
    height: 94,
  }),
  item("label", {
    kind: "text",
    text: "Smärtpunkter",
    fill: "#ffcc00",
    x: -200,
    y: 300,
    width: 300,
    height: 50,
  }),
  item("image", {
    kind: "other",
    platformType: "image",
    x: 3000,
    y: 3000,
    width: 400,
    height: 400,
  }),
  item("in-image", { text: "on an image", fill: "yellow", x: 3010, y: 3020, parentId: "image" }),
];

describe("writeMiroItems", () => {
  const page = writeMiroItems(items);
  const read = readMiroItems(JSON.parse(JSON.stringify(page)));
  if (!read.ok) throw new Error(read.error);
  const back = read.value.items;

  it("writes Miro-style ids and positions children from their frame's top-left", () => {
    expect(page.data.map((i) => i.id)).toEqual([
      "3458764600000000001",
      "3458764600000000002",
      "3458764600000000003",
      "3458764600000000004",
      "3458764600000000005",
      "3458764600000000007",
    ]);
    expect(page.data[2]).toMatchObject({
      type: "sticky_note",
      position: { x: 550 - (600 - 200), y: 420 - (500 - 300), relativeTo: "parent_top_left" },
      parent: { id: "3458764600000000002" },
    });
  });

  it("reads back what it wrote: positions through nested frames, text, fills", () => {
    const pick = (i: BoardItem) => ({ kind: i.kind, text: i.text, fill: i.fill, x: i.x, y: i.y });
    expect(back.map(pick)).toEqual([
      { kind: "frame", text: "Journey", fill: "#ffffff", x: 1000, y: 1000 },
      { kind: "frame", text: "Köp", fill: "#f5f6f8", x: 600, y: 500 },
      { kind: "sticky", text: 'Pris & "villkor" <3\nrad två', fill: "red", x: 550, y: 420 },
      {
        kind: "card",
        text: "R&D <b>bold</b>\nÄgare: @anna & co",
        fill: "#2d9bf0",
        x: 1500,
        y: 300,
      },
      { kind: "text", text: "Smärtpunkter", fill: "#ffcc00", x: -200, y: 300 },
      { kind: "sticky", text: "on an image", fill: "yellow", x: 3010, y: 3020 },
    ]);
    expect(read.value.warnings).toEqual([]);
  });

  it("leaves out what Miro's items list cannot carry, and nothing the reader needs", () => {
    expect(page.data.some((i) => i.type === "other")).toBe(false);
    expect(back.find((i) => i.text === "on an image")?.parentId).toBeNull();
  });

  describe("shapes, lines and cards", () => {
    const drawn: BoardItem[] = [
      item("arrow", {
        kind: "shape",
        text: "Upptäcka",
        fill: "#ffdc4a",
        x: 0,
        y: 0,
        width: 400,
        height: 120,
        shape: "right_arrow",
      }),
      item("box", { kind: "shape", text: "", x: 500, y: 0, width: 200, height: 200 }),
      item("rule", {
        kind: "shape",
        fill: "#1a1a1a",
        x: 0,
        y: 400,
        width: 1800,
        height: 4,
        shape: "line",
      }),
      item("task", {
        kind: "card",
        text: "Ring kunden\nInom en vecka, <b>Anna</b>",
        fill: "#f24726",
        x: 0,
        y: 800,
        width: 320,
        height: 94,
      }),
      item("bare", {
        kind: "card",
        text: "Bara en titel",
        fill: null,
        x: 400,
        y: 800,
        width: 320,
        height: 94,
      }),
    ];
    const written = writeMiroItems(drawn, { keepIds: true });
    const again = readMiroItems(JSON.parse(JSON.stringify(written)));
    if (!again.ok) throw new Error(again.error);
    const byId = new Map(again.value.items.map((each) => [each.id, each]));

    it("writes a shape's outline as its data.shape and reads it back", () => {
      expect(written.data.find((each) => each.id === "arrow")?.data?.shape).toBe("right_arrow");
      expect(byId.get("arrow")).toMatchObject({
        kind: "shape",
        shape: "right_arrow",
        text: "Upptäcka",
        fill: "#ffdc4a",
      });
      expect(byId.get("box")).toMatchObject({ kind: "shape", shape: "rectangle" });
    });

    it("writes a line as the thin rectangle Miro boards rule with", () => {
      expect(written.data.find((each) => each.id === "rule")).toMatchObject({
        type: "shape",
        data: { shape: "rectangle" },
        geometry: { width: 1800, height: 4 },
      });
      expect(byId.get("rule")).toMatchObject({
        kind: "shape",
        shape: "rectangle",
        x: 0,
        y: 400,
        width: 1800,
        height: 4,
        fill: "#1a1a1a",
      });
    });

    it("writes a card's title, description and theme, and reads them back as its text and colour", () => {
      expect(written.data.find((each) => each.id === "task")).toMatchObject({
        type: "card",
        data: {
          title: "Ring kunden",
          description: "<p>Inom en vecka, &lt;b&gt;Anna&lt;/b&gt;</p>",
        },
        style: { cardTheme: "#f24726" },
      });
      expect(byId.get("task")).toMatchObject({
        kind: "card",
        text: "Ring kunden\nInom en vecka, <b>Anna</b>",
        fill: "#f24726",
      });
      expect(byId.get("bare")).toMatchObject({
        kind: "card",
        text: "Bara en titel",
        fill: "#2d9bf0",
      });
      expect(byId.get("task")?.shape).toBeUndefined();
    });

    it("gives no outline to stickies, whose data.shape is only their form", () => {
      const note = readMiroItems({
        data: [{ id: "1", type: "sticky_note", data: { content: "x", shape: "square" } }],
      });
      expect(note.ok && note.value.items[0]?.shape).toBeUndefined();
    });
  });
});
