import { describe, expect, it } from "vitest";
import { appMark } from "../board/app-items/app-mark";
import type { BoardItem } from "../board/board-item";
import type { ItemDraft } from "../board/board-port";
import { itemPatch } from "./item-patch";

const mark = appMark("actions", { role: "actions-area" }, "wb");
const found: BoardItem = {
  id: "area",
  kind: "frame",
  platformType: "frame",
  text: "Actions",
  fill: "#FFFFFF",
  x: 500,
  y: 400,
  width: 720,
  height: 600,
  rotation: 0,
  parentId: null,
  mark,
};
const wanted: ItemDraft = {
  ref: "actions-area",
  kind: "frame",
  text: "Actions",
  fill: "#FFFFFF",
  x: 0,
  y: 0,
  width: 720,
  height: 600,
  parent: null,
  mark,
};

describe("itemPatch", () => {
  it("grows an item from its top-left corner when its place is the user's", () => {
    expect(itemPatch(found, { ...wanted, height: 1000 }, null)).toEqual({
      id: "area",
      height: 1000,
      width: 720,
      y: 600,
    });
  });

  it("moves it when told where, and says nothing when all is as wanted", () => {
    expect(itemPatch(found, wanted, { x: 0, y: 0 })).toEqual({ id: "area", x: 0, y: 0 });
    expect(itemPatch(found, wanted, { x: 500.2, y: 400 })).toBeNull();
  });

  it("takes a named colour as stored by name or by hex, and dates only on cards", () => {
    const sticky = { ...found, kind: "sticky" as const, fill: "cyan" };
    expect(itemPatch(sticky, { ...wanted, fill: "miro:cyan", due: "2026-01-01" }, null)).toBeNull();
    const card = { ...found, kind: "card" as const, fill: "#67c6c0", due: null };
    expect(itemPatch(card, { ...wanted, fill: "miro:cyan", due: "2026-01-01" }, null)).toEqual({
      id: "area",
      due: "2026-01-01",
    });
  });
});
