import { describe, expect, it } from "vitest";
import type { MiroItem } from "../miro-api";
import { asFrame, asNote, userFrame, userNote } from "./emulator-test-kit";
import { MiroEmulator } from "./miro-emulator";

describe("the emulated board", () => {
  it("creates a sticky note with Miro's defaults and a long digit id", async () => {
    const { board } = new MiroEmulator();
    const note = await board.createStickyNote({ content: "<p>Queue</p>", x: 10, y: 20 });
    expect(note.id).toMatch(/^3458764\d{12}$/);
    expect(note).toMatchObject({
      type: "sticky_note",
      x: 10,
      y: 20,
      width: 199,
      height: 228,
      shape: "square",
      parentId: null,
      style: { fillColor: "light_yellow", textAlign: "center", textAlignVertical: "middle" },
    });
  });

  it("refuses a sticky note with both width and height, and one of no Miro colour", async () => {
    const emulator = new MiroEmulator();
    await expect(emulator.board.createStickyNote({ width: 100, height: 100 })).rejects.toThrow(
      "width or height, not both",
    );
    // @ts-expect-error: the SDK's typings take the 16 names only; Miro refuses others at run time.
    const hex = emulator.board.createStickyNote({ style: { fillColor: "#ff0000" } });
    await expect(hex).rejects.toThrow('Invalid sticky note fillColor "#ff0000"');
    expect(emulator.records()).toEqual([]);
  });

  it("scales a rectangle sticky from its width", async () => {
    const { board } = new MiroEmulator();
    const note = await board.createStickyNote({ shape: "rectangle", width: 175 });
    expect([note.width, note.height]).toEqual([175, 114]);
  });

  it("works a text item's height out itself and refuses one given", async () => {
    const { board } = new MiroEmulator();
    const text = await board.createText({
      content: "<p>a</p><p>b</p>",
      width: 300,
      style: { fontSize: 10 },
    });
    expect([text.width, text.height]).toEqual([300, 28]);
    await expect(board.createText({ height: 40 })).rejects.toThrow("height is read-only");
  });

  it("reads by type in creation order, fresh copies each time", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userNote("n1"), userFrame("f1", { x: 3000 })]);
    await emulator.board.createShape({ content: "<p>S</p>", x: 5000 });
    const read = await emulator.board.get({ type: ["shape", "sticky_note"] });
    expect(read.map((item) => item.type)).toEqual(["sticky_note", "shape"]);
    const [again] = await emulator.board.get({ type: ["sticky_note"] });
    expect(again).not.toBe(read[0]);
    const first = read[0];
    if (first) asNote(first).content = "<p>changed, not synced</p>";
    expect(emulator.records()[0]).toMatchObject({ content: "<p>Note n1</p>" });
  });

  it("rejects getById of an item that is gone with a not-found error", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userNote("n1")]);
    emulator.removeItem("n1");
    await expect(emulator.board.getById("n1")).rejects.toThrow("not found");
    expect(emulator.meter.rejections.notFound).toBe(1);
  });

  it("removes a frame with its children and an item with its connectors", async () => {
    const emulator = new MiroEmulator();
    const { board } = emulator;
    emulator.addUserItems([userNote("outside", { x: 5000 })]);
    const frame = await board.createFrame({ x: 0, y: 0, width: 1000, height: 800 });
    const inside = await board.createStickyNote({ x: 100, y: 100 });
    await frame.add(inside);
    const link = await board.createConnector({
      start: { item: inside.id },
      end: { item: "outside" },
    });
    await board.remove(frame);
    expect(emulator.records().map((r) => r.id)).toEqual(["outside"]);
    await expect(board.getById(link.id)).rejects.toThrow("not found");
  });

  it("finds empty space beside what is there, centre-based", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userNote("n1", { x: 0, y: 0, width: 200, height: 200 })]);
    const space = await emulator.board.findEmptySpace({
      x: 0,
      y: 0,
      width: 200,
      height: 200,
      offset: 50,
    });
    expect(space).toEqual({ x: 250, y: 0, width: 200, height: 200 });
  });

  it("records the last view of zoomTo and viewport.set", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userNote("a", { x: 0, y: 0 }), userNote("b", { x: 1000, y: 500 })]);
    const items = await emulator.board.get({ type: ["sticky_note"] });
    await emulator.board.viewport.zoomTo(items);
    expect(emulator.lastView).toEqual({ x: -99.5, y: -114, width: 1199, height: 728 });
    const viewport = { x: 1, y: 2, width: 3, height: 4 };
    await emulator.board.viewport.set({ viewport });
    expect(emulator.lastView).toEqual(viewport);
  });

  it("keeps app data board-wide as copies, null for a key never set", async () => {
    const emulator = new MiroEmulator();
    const legend = { red: "pain" };
    await emulator.board.setAppData("legend", legend);
    legend.red = "changed";
    expect(await emulator.board.getAppData("legend")).toEqual({ red: "pain" });
    expect(await emulator.board.getAppData("nothing")).toBeNull();
    expect(emulator.appData()).toEqual({ legend: { red: "pain" } });
  });

  it("tells selection:update handlers of a selection after select returns", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userNote("a"), userNote("b", { x: 500 })]);
    const heard: string[][] = [];
    const handler = (event: { items: MiroItem[] }) => heard.push(event.items.map((i) => i.id));
    emulator.board.ui.on("selection:update", handler);
    emulator.select(["b", "gone"]);
    expect(heard).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toEqual([["b"]]);
    expect((await emulator.board.getSelection()).map((item) => item.id)).toEqual(["b"]);
    emulator.board.ui.off("selection:update", handler);
    emulator.select(["a"]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toHaveLength(1);
  });

  it("gives a frame child's position relative to the frame's top-left corner", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([
      userFrame("f", { x: 1000, y: 500, width: 1000, height: 800 }),
      userNote("n", { x: 700, y: 300, parentId: "f" }),
    ]);
    const [note, frame] = await Promise.all([
      emulator.board.getById("n"),
      emulator.board.getById("f").then(asFrame),
    ]);
    expect(note).toMatchObject({ x: 200, y: 200, parentId: "f", relativeTo: "parent_top_left" });
    expect(frame).toMatchObject({
      x: 1000,
      y: 500,
      childrenIds: ["n"],
      relativeTo: "canvas_center",
    });
  });
});
