import { describe, expect, it } from "vitest";
import { userFrame, userNote } from "./emulator-test-kit";
import { MiroEmulator } from "./miro-emulator";

describe("people's edits", () => {
  it("drop a moved note into the smallest frame under its centre, and out again", () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([
      userFrame("big", { width: 3000, height: 3000 }),
      userFrame("small", { x: 500, y: 500, width: 600, height: 600 }),
      userNote("n", { x: 5000 }),
    ]);
    emulator.moveItem("n", 500, 500);
    expect(emulator.records()[2]).toMatchObject({ x: 500, y: 500, parentId: "small" });
    emulator.moveItem("n", -1000, 0);
    expect(emulator.records()[2]).toMatchObject({ parentId: "big" });
    emulator.moveItem("n", 9000, 0);
    expect(emulator.records()[2]).toMatchObject({ parentId: null });
  });

  it("carry a frame's contents along when the frame moves", () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userFrame("f"), userNote("n", { x: 100, y: 50, parentId: "f" })]);
    emulator.moveItem("f", 1000, 0);
    expect(emulator.records()[1]).toMatchObject({ x: 1100, y: 50, parentId: "f" });
  });

  it("rewrite a note's text as HTML and a frame's title as plain text", () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userFrame("f"), userNote("n")]);
    emulator.editText("n", "a < b\nc");
    emulator.editText("f", "Stage 1");
    expect(emulator.records()).toMatchObject([
      { title: "Stage 1" },
      { content: "<p>a &lt; b</p><p>c</p>" },
    ]);
  });

  it("remove a frame with everything in it", () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([
      userFrame("f"),
      userNote("n", { parentId: "f" }),
      userNote("o", { x: 5000 }),
    ]);
    emulator.removeItem("f");
    expect(emulator.records().map((r) => r.id)).toEqual(["o"]);
  });

  it("tag notes with tags they put on the board", async () => {
    const emulator = new MiroEmulator();
    emulator.addUserItems([userNote("n")]);
    const tag = emulator.addUserTag("Pain", "red");
    emulator.tagItem("n", [tag]);
    const tags = await emulator.board.get({ type: ["tag"] });
    expect(tags).toMatchObject([{ id: tag, type: "tag", title: "Pain", color: "red" }]);
    expect(await emulator.board.getById("n")).toMatchObject({ tagIds: [tag] });
  });
});
