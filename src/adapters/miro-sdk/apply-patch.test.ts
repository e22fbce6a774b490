import { describe, expect, it } from "vitest";
import { applyPatch } from "./apply-patch";
import type { MiroCard, MiroShape } from "./miro-api";
import { frameView, itemCalls, stickyView } from "./miro-sdk-test-kit";

const ORIGIN = { x: 0, y: 0 };

describe("applyPatch", () => {
  it("writes a sticky note's text, Miro fill name and width, keeping its shape", () => {
    const view = stickyView({ width: 199, height: 228 });
    applyPatch(view, { id: "s1", text: "A\nB", fill: "miro:red", width: 300, height: 344 }, ORIGIN);
    expect(view).toMatchObject({
      content: "<p>A</p><p>B</p>",
      style: { fillColor: "red", textAlign: "center" },
      width: 300,
      height: 228,
    });
  });

  it("puts a framed item's board centre in relative to its frame's top-left", () => {
    const view = stickyView({ parentId: "f", x: 10, y: 10 });
    applyPatch(view, { id: "s1", x: 750, y: 420 }, { x: 500, y: 400 });
    expect([view.x, view.y]).toEqual([250, 20]);
  });

  it("changes only what the patch gives", () => {
    const view = stickyView();
    const before = JSON.stringify(view);
    applyPatch(view, { id: "s1" }, ORIGIN);
    expect(JSON.stringify(view)).toBe(before);
  });

  it("keeps a bold shape bold, and gives it no fill as transparent, leaving its size", () => {
    const shape: MiroShape = {
      id: "sh",
      type: "shape",
      parentId: null,
      x: 0,
      y: 0,
      width: 100,
      height: 100,
      rotation: 0,
      content: "<p><strong>Old</strong></p>",
      shape: "rectangle",
      style: {
        color: "#1a1a1a",
        fillColor: "#ffffff",
        fillOpacity: 1,
        fontFamily: "open_sans",
        fontSize: 14,
        textAlign: "center",
        textAlignVertical: "middle",
        borderStyle: "normal",
        borderOpacity: 1,
        borderColor: "#1a1a1a",
        borderWidth: 2,
      },
      ...itemCalls(),
    };
    applyPatch(shape, { id: "sh", text: "New", fill: null, width: 300 }, ORIGIN);
    expect(shape).toMatchObject({
      content: "<p><strong>New</strong></p>",
      width: 100,
      style: { fillColor: "transparent", fillOpacity: 0 },
    });
  });

  it("writes a card's title and description, theme and due date; a frame's title and size", () => {
    const card: MiroCard = {
      id: "c",
      type: "card",
      parentId: null,
      x: 0,
      y: 0,
      width: 320,
      height: 94,
      rotation: 0,
      title: "Old",
      description: "",
      dueDate: "2025-01-01",
      taskStatus: "to-do",
      tagIds: [],
      style: { cardTheme: "#2d9bf0" },
      ...itemCalls(),
    };
    applyPatch(card, { id: "c", text: "Title\nMore", fill: "#FF0000", due: null }, ORIGIN);
    expect(card).toMatchObject({
      title: "Title",
      description: "<p>More</p>",
      style: { cardTheme: "#FF0000" },
      dueDate: undefined,
    });
    const frame = frameView();
    applyPatch(frame, { id: "f1", text: "Stage", width: 1200, height: 900, fill: null }, ORIGIN);
    expect(frame).toMatchObject({
      title: "Stage",
      width: 1200,
      height: 900,
      style: { fillColor: "transparent" },
    });
  });
});
