import { describe, expect, it } from "vitest";
import { asFrame, asNote, userFrame, userNote } from "./emulator-test-kit";
import { METADATA_LIMIT_BYTES } from "./item-call-effects";
import { MiroEmulator } from "./miro-emulator";

describe("frame.add and frame.remove", () => {
  it("make an item a child where it stands, its relative position worked out", async () => {
    const emulator = new MiroEmulator();
    const frame = await emulator.board.createFrame({ x: 1000, y: 1000, width: 1000, height: 800 });
    const note = await emulator.board.createStickyNote({ x: 800, y: 900 });
    await frame.add(note);
    const child = asNote(await emulator.board.getById(note.id));
    expect(child).toMatchObject({ parentId: frame.id, x: 300, y: 300 });
    expect(emulator.records()[1]).toMatchObject({ x: 800, y: 900, parentId: frame.id });
    expect(asFrame(await emulator.board.getById(frame.id)).childrenIds).toEqual([note.id]);
    await frame.remove(child);
    expect(emulator.records()[1]).toMatchObject({ x: 800, y: 900, parentId: null });
    expect(asNote(await emulator.board.getById(note.id))).toMatchObject({ x: 800, y: 900 });
  });

  it("refuse an item whose centre is outside the frame", async () => {
    const emulator = new MiroEmulator();
    const frame = await emulator.board.createFrame({ width: 200, height: 200 });
    const note = await emulator.board.createStickyNote({ x: 500 });
    await expect(frame.add(note)).rejects.toThrow("outside frame");
    expect(emulator.records()[1]).toMatchObject({ parentId: null });
  });

  it("refuse to take out an item the frame does not hold", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userFrame("f"), userNote("n", { x: 5000 })]);
    const frame = asFrame(await emulator.board.getById("f"));
    await expect(frame.remove(await emulator.board.getById("n"))).rejects.toThrow(
      "is not in frame",
    );
  });
});

describe("item metadata", () => {
  it("keeps the app's JSON per item and answers copies", async () => {
    const emulator = new MiroEmulator();
    const note = await emulator.board.createStickyNote({});
    const mark = { key: "tidy-note:1", schemaVersion: 2 };
    expect(await note.setMetadata("mark", mark)).toEqual({ mark });
    mark.key = "changed";
    expect(await note.getMetadata("mark")).toEqual({ key: "tidy-note:1", schemaVersion: 2 });
    expect(await note.getMetadata()).toEqual({ mark: { key: "tidy-note:1", schemaVersion: 2 } });
    expect(await note.getMetadata("absent")).toBeUndefined();
  });

  it(`refuses more than ${METADATA_LIMIT_BYTES} bytes on an item, changing nothing`, async () => {
    const emulator = new MiroEmulator();
    const note = await emulator.board.createStickyNote({});
    // {"mark":"…"} is 11 bytes around the text; "å" is 2 bytes in UTF-8.
    await note.setMetadata("mark", "å".repeat(122));
    await expect(note.setMetadata("mark", "å".repeat(123))).rejects.toThrow("at most 256 bytes");
    expect(await note.getMetadata("mark")).toBe("å".repeat(122));
    expect(emulator.meter.rejections.invalid).toBe(1);
  });
});
