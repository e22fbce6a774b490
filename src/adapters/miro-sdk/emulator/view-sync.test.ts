import { describe, expect, it } from "vitest";
import { asFrame, asNote, userFrame, userNote } from "./emulator-test-kit";
import { MiroEmulator } from "./miro-emulator";

async function boardWithFrame() {
  const emulator = new MiroEmulator();
  emulator.addUserItems([
    userFrame("f", { x: 1000, y: 1000, width: 1000, height: 800, mark: null }),
    userNote("n", { x: 800, y: 900, parentId: "f" }),
  ]);
  return emulator;
}

describe("item.sync", () => {
  it("pushes the view's fields to the board", async () => {
    const emulator = new MiroEmulator();
    const note = await emulator.board.createStickyNote({ x: 0, y: 0 });
    note.content = "<p>New</p>";
    note.style.fillColor = "red";
    note.x = 300;
    await note.sync();
    expect(emulator.records()[0]).toMatchObject({
      x: 300,
      content: "<p>New</p>",
      style: { fillColor: "red" },
    });
  });

  it("reads a frame child's x and y relative to the frame's top-left corner", async () => {
    const emulator = await boardWithFrame();
    const note = asNote(await emulator.board.getById("n"));
    expect([note.x, note.y]).toEqual([300, 300]);
    note.x = 400;
    await note.sync();
    expect(emulator.records()[1]).toMatchObject({ x: 900, y: 900, parentId: "f" });
  });

  it("moves a frame's contents with the frame", async () => {
    const emulator = await boardWithFrame();
    const frame = asFrame(await emulator.board.getById("f"));
    frame.x = 2000;
    await frame.sync();
    expect(emulator.records()[1]).toMatchObject({ x: 1800, y: 900 });
  });

  it("refuses to shrink a frame past its children", async () => {
    const emulator = await boardWithFrame();
    const frame = asFrame(await emulator.board.getById("f"));
    frame.width = 200;
    await expect(frame.sync()).rejects.toThrow("cannot shrink");
    expect(emulator.records()[0]).toMatchObject({ width: 1000 });
  });

  it("resizes a sticky from a new width or height, and refuses both at once", async () => {
    const emulator = new MiroEmulator();
    const note = await emulator.board.createStickyNote({});
    note.width = 398;
    await note.sync();
    expect(emulator.records()[0]).toMatchObject({ width: 398, height: 456 });
    const again = asNote(await emulator.board.getById(note.id));
    again.width = 100;
    again.height = 100;
    await expect(again.sync()).rejects.toThrow("width or height, not both");
  });

  it("gives a sticky the new shape's width, keeping its height", async () => {
    const emulator = new MiroEmulator();
    const note = await emulator.board.createStickyNote({});
    note.shape = "rectangle";
    await note.sync();
    expect(emulator.records()[0]).toMatchObject({ shape: "rectangle", width: 350, height: 228 });
  });

  it("works out a text's height again when its content changes", async () => {
    const emulator = new MiroEmulator();
    const text = await emulator.board.createText({
      content: "<p>a</p>",
      width: 300,
      style: { fontSize: 10 },
    });
    text.content = "<p>a</p><p>b</p><p>c</p>";
    await text.sync();
    expect(emulator.records()[0]).toMatchObject({ height: 42 });
  });

  it("rejects with not found when the item is gone, changing nothing", async () => {
    const emulator = new MiroEmulator();
    const note = await emulator.board.createStickyNote({});
    emulator.removeItem(note.id);
    note.x = 10;
    await expect(note.sync()).rejects.toThrow("not found");
    expect(emulator.records()).toEqual([]);
  });

  it("sends the fields as they were when sync was called", async () => {
    const emulator = new MiroEmulator({ latencyMs: 2 });
    const note = await emulator.board.createStickyNote({});
    note.content = "<p>Sent</p>";
    const synced = note.sync();
    note.content = "<p>Later</p>";
    await synced;
    expect(emulator.records()[0]).toMatchObject({ content: "<p>Sent</p>" });
  });
});
