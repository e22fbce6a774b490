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
    expect(itemPatch(found, { ...wanted, height: 1000 }, null, "miro")).toEqual({
      id: "area",
      height: 1000,
      width: 720,
      y: 600,
    });
  });

  it("moves it when told where, and says nothing when all is as wanted", () => {
    expect(itemPatch(found, wanted, { x: 0, y: 0 }, "miro")).toEqual({ id: "area", x: 0, y: 0 });
    expect(itemPatch(found, wanted, { x: 500.2, y: 400 }, "miro")).toBeNull();
  });

  it("takes a named colour as stored by name or by hex, and dates only on cards", () => {
    const sticky = { ...found, kind: "sticky" as const, fill: "cyan" };
    expect(
      itemPatch(sticky, { ...wanted, fill: "miro:cyan", due: "2026-01-01" }, null, "miro"),
    ).toBeNull();
    const card = { ...found, kind: "card" as const, fill: "#67c6c0", due: null };
    expect(
      itemPatch(card, { ...wanted, fill: "miro:cyan", due: "2026-01-01" }, null, "miro"),
    ).toEqual({
      id: "area",
      due: "2026-01-01",
    });
  });

  it("leaves alone the sides the platform works out itself, where the item stands", () => {
    // Miro fits a text's height to its words: 67 where 120 was asked. Asking again would move
    // the text down by half the difference on every run, and never change its height.
    const text = { ...found, kind: "text" as const, width: 400, height: 67 };
    const asked = { ...wanted, kind: "text" as const, width: 400, height: 120 };
    expect(itemPatch(text, asked, null, "miro")).toBeNull();
    expect(itemPatch(text, { ...asked, width: 500 }, null, "miro")).toEqual({
      id: "area",
      width: 500,
      height: 67,
      x: 550,
    });
    const card = { ...found, kind: "card" as const, width: 640, height: 94 };
    expect(
      itemPatch(card, { ...wanted, kind: "card", width: 640, height: 200 }, null, "miro"),
    ).toBeNull();
    // A FigJam sticky note has one size, whatever is asked.
    const sticky = { ...found, kind: "sticky" as const, width: 240, height: 240 };
    expect(itemPatch(sticky, { ...wanted, width: 200, height: 200 }, null, "figjam")).toBeNull();
    // A frame takes both sides on either platform.
    expect(itemPatch(found, { ...wanted, height: 700 }, null, "figjam")).toEqual({
      id: "area",
      width: 720,
      height: 700,
      y: 450,
    });
  });
});
