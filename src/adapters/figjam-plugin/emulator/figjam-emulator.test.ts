import { describe, expect, it } from "vitest";
import { appMark, userSticky } from "./emulator-test-kit";
import { FigJamEmulator } from "./figjam-emulator";

const MEDIUM = { family: "Inter", style: "Medium" };

describe("FigJamEmulator nodes", () => {
  it("puts a created node on the page at (0, 0), as the app's", () => {
    const emulator = new FigJamEmulator();
    const sticky = emulator.api.createSticky();
    expect(sticky.parent?.type).toBe("PAGE");
    expect([sticky.x, sticky.y]).toEqual([0, 0]);
    expect(emulator.api.currentPage.children.map((node) => node.id)).toEqual([sticky.id]);
    expect(emulator.foreignChanges).toEqual([]);
  });

  it("gives stickies FigJam's fixed sizes: 240 x 240, or 416 x 240 when wide", () => {
    const sticky = new FigJamEmulator().api.createSticky();
    expect([sticky.width, sticky.height]).toEqual([240, 240]);
    sticky.isWideWidth = true;
    expect([sticky.width, sticky.height]).toEqual([416, 240]);
    expect("resize" in sticky).toBe(false);
  });

  it("sizes new shapes 208 x 208 and lets them be resized", () => {
    const shape = new FigJamEmulator().api.createShapeWithText();
    expect([shape.width, shape.height, shape.shapeType]).toEqual([208, 208, "SQUARE"]);
    shape.resize(300, 80);
    expect([shape.width, shape.height]).toEqual([300, 80]);
  });

  it("refuses text written before its font is loaded, as FigJam does, and changes nothing", async () => {
    const emulator = new FigJamEmulator();
    const sticky = emulator.api.createSticky();
    expect(sticky.text.fontName).toEqual(MEDIUM);
    expect(() => {
      sticky.text.characters = "Too early";
    }).toThrow(
      'in set_characters: Cannot write to node with unloaded font "Inter Medium". Please call figma.loadFontAsync({ family: "Inter", style: "Medium" })',
    );
    expect(sticky.text.characters).toBe("");
    expect(emulator.meter.refusals.refused).toBe(1);
    await emulator.api.loadFontAsync(MEDIUM);
    sticky.text.characters = "In time";
    expect(sticky.text.characters).toBe("In time");
  });

  it("loads a font only once its promise settles", async () => {
    const emulator = new FigJamEmulator();
    const text = emulator.api.createText();
    expect(text.fontName).toEqual({ family: "Inter", style: "Regular" });
    const loading = emulator.api.loadFontAsync({ family: "Inter", style: "Regular" });
    expect(() => {
      text.characters = "Not awaited";
    }).toThrow("unloaded font");
    await loading;
    text.characters = "Awaited";
    expect(text.characters).toBe("Awaited");
    expect(text.width).toBeGreaterThan(0);
  });

  it("rejects a font the file does not have", async () => {
    const api = new FigJamEmulator().api;
    await expect(api.loadFontAsync({ family: "Comic Sans", style: "Bold" })).rejects.toThrow(
      'The font "Comic Sans Bold" could not be loaded',
    );
  });

  it("keeps shared plugin data per node as strings; the empty string removes a key", () => {
    const emulator = new FigJamEmulator();
    const sticky = emulator.api.createSticky();
    expect(sticky.getSharedPluginData("journey_mapper", "mark")).toBe("");
    sticky.setSharedPluginData("journey_mapper", "mark", '{"key":"a"}');
    expect(sticky.getSharedPluginData("journey_mapper", "mark")).toBe('{"key":"a"}');
    expect(sticky.getSharedPluginDataKeys("journey_mapper")).toEqual(["mark"]);
    sticky.setSharedPluginData("journey_mapper", "mark", "");
    expect(sticky.getSharedPluginDataKeys("journey_mapper")).toEqual([]);
    expect(() => sticky.setSharedPluginData("jm", "mark", "x")).toThrow("at least 3");
  });

  it("keeps the board's data on the document", () => {
    const emulator = new FigJamEmulator();
    emulator.api.root.setSharedPluginData("journey_mapper", "legend", "[]");
    expect(emulator.api.root.getSharedPluginData("journey_mapper", "legend")).toBe("[]");
    expect(emulator.boardData()).toEqual({ journey_mapper: { legend: "[]" } });
  });

  it("finds every descendant of the types asked, and by shared plugin data", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([
      userSticky("a", { x: 100 }),
      userSticky("b", { x: 400, mark: appMark("note:b") }),
    ]);
    const section = emulator.api.createSection();
    const shape = emulator.api.createShapeWithText();
    section.appendChild(shape);
    const page = emulator.api.currentPage;
    expect(page.findAllWithCriteria({ types: ["STICKY"] }).map((n) => n.id)).toEqual(["a", "b"]);
    expect(page.findAllWithCriteria({ types: ["SHAPE_WITH_TEXT"] })[0]?.id).toBe(shape.id);
    const marked = page.findAllWithCriteria({
      sharedPluginData: { namespace: "journey_mapper", keys: ["mark"] },
    });
    expect(marked.map((n) => n.id)).toEqual(["b"]);
    expect(section.findAllWithCriteria({ types: ["STICKY"] })).toEqual([]);
  });

  it("hands out one view per node, which says when its node is gone and refuses to be read", async () => {
    const emulator = new FigJamEmulator();
    const sticky = emulator.api.createSticky();
    expect(await emulator.api.getNodeByIdAsync(sticky.id)).toBe(sticky);
    emulator.removeNode(sticky.id);
    expect(sticky.removed).toBe(true);
    expect(() => sticky.x).toThrow(`in get_x: The node with id "${sticky.id}" does not exist`);
    expect(await emulator.api.getNodeByIdAsync(sticky.id)).toBeNull();
  });

  it("counts each task's changes as one undo step when the plugin commits it", () => {
    const emulator = new FigJamEmulator();
    emulator.api.createSticky();
    emulator.api.createSection().name = "Stage";
    emulator.api.commitUndo();
    emulator.api.commitUndo();
    emulator.api.createSticky();
    expect(emulator.undoSteps).toEqual([3]);
    expect(emulator.uncommittedChanges).toBe(1);
  });

  it("records notifications and the region brought into view", () => {
    const emulator = new FigJamEmulator();
    const sticky = emulator.api.createSticky();
    sticky.x = 100;
    emulator.api.notify("Template placed").cancel();
    emulator.api.viewport.scrollAndZoomIntoView([sticky]);
    expect(emulator.notifications).toEqual([
      { message: "Template placed", error: false, cancelled: true },
    ]);
    expect(emulator.lastView).toEqual({ x: 100, y: 0, width: 240, height: 240 });
    expect(emulator.api.viewport.center).toEqual({ x: 220, y: 120 });
  });
});
