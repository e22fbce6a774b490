import { describe, expect, it } from "vitest";
import type { BoardItem } from "../core/board/board-item";
import { itemLook, sameLook } from "./item-look";
import { boardItem } from "./test-items";

describe("itemLook", () => {
  it("draws a Miro sticky square in its colour, centred on its place", () => {
    const look = itemLook(
      boardItem({ id: "s1", text: "Kö", fill: "red", x: 100, y: 50, width: 200, height: 220 }),
      "miro",
    );
    expect(look).toMatchObject({
      id: "s1",
      kind: "sticky",
      shape: "sticky",
      left: 0,
      top: -60,
      width: 200,
      height: 220,
      background: "#F0939D",
      ink: "#1a1a1a",
      text: "Kö",
      detail: "",
      fontSize: 32,
      align: "center",
      mine: false,
    });
  });

  it("draws a FigJam sticky in its hex fill, at FigJam's size when it has none", () => {
    const look = itemLook(
      boardItem({ id: "1:2", platformType: "STICKY", fill: "#FFC7C2", width: 0, height: 0 }),
      "figjam",
    );
    expect([look.background, look.width, look.height]).toEqual(["#ffc7c2", 240, 240]);
  });

  it("keeps a note's words as they are, markup and all", () => {
    const text = '<img src=x onerror=alert(1)> <script>alert("x")</script>';
    expect(itemLook(boardItem({ id: "h", text }), "miro").text).toBe(text);
  });

  it("draws a card white with its colour as the stripe, title apart from details", () => {
    const card = boardItem({
      id: "c",
      kind: "card",
      platformType: "card",
      text: "Ring tillbaka inom 24 h\nÄgare: @anna",
      fill: "#2d9bf0",
      due: "2026-12-01",
    });
    expect(itemLook(card, "miro")).toMatchObject({
      shape: "card",
      background: "#2d9bf0",
      ink: "#1a1a1a",
      text: "Ring tillbaka inom 24 h",
      detail: "Ägare: @anna",
      align: "left",
    });
  });

  it("draws images and unknown items as labelled placeholders", () => {
    expect(
      itemLook(boardItem({ id: "i", kind: "other", platformType: "image", fill: null }), "miro"),
    ).toMatchObject({
      shape: "image",
      text: "Image",
      background: null,
    });
    expect(
      itemLook(boardItem({ id: "e", kind: "other", platformType: "embed", fill: null }), "miro"),
    ).toMatchObject({
      shape: "other",
      text: "embed",
    });
  });

  it("keeps a frame's title one size on screen, and marks the app's own items", () => {
    // Only whether a mark is there matters to the drawing, not what it says.
    const mark = { schemaVersion: 2 } as unknown as NonNullable<BoardItem["mark"]>;
    const frame = itemLook(
      boardItem({ id: "f", kind: "frame", text: "1. Behov", fill: "#ffffff", mark }),
      "miro",
    );
    expect([frame.shape, frame.text, frame.fontSize, frame.mine]).toEqual([
      "frame",
      "1. Behov",
      0,
      true,
    ]);
  });

  it("takes a text item's own size and alignment", () => {
    const text = boardItem({
      id: "t",
      kind: "text",
      fill: null,
      text: "Smärtpunkter",
      style: { fontSize: 36, textAlign: "right" },
    });
    expect(itemLook(text, "miro")).toMatchObject({
      shape: "text",
      fontSize: 36,
      align: "right",
      background: null,
    });
  });

  it("writes a FigJam text node in its fill, which is the colour of its letters", () => {
    const text = boardItem({
      id: "1:9",
      kind: "text",
      platformType: "TEXT",
      fill: "#000000",
      text: "Behov",
    });
    expect(itemLook(text, "figjam")).toMatchObject({ background: null, ink: "#000000" });
  });

  it("tells looks apart by any drawn value", () => {
    const a = itemLook(boardItem({ id: "s", text: "A" }), "miro");
    expect(sameLook(a, { ...a })).toBe(true);
    expect(sameLook(a, { ...a, left: a.left + 1 })).toBe(false);
    expect(sameLook(a, { ...a, text: "B" })).toBe(false);
    expect(sameLook(a, { ...a, background: null })).toBe(false);
  });
});
