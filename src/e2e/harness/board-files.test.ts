import { describe, expect, it } from "vitest";
import { readBoardFile } from "../../adapters/board-file/read-board-file";
import { miroFrame, miroItemsPage, miroSticky } from "./board-files";

describe("the Miro REST builders", () => {
  it("make a file the playground reads as Miro, with the notes' HTML read as text", () => {
    const read = readBoardFile(
      miroItemsPage([
        miroFrame("f", "1. Discover", { x: 600, y: 500, width: 1200, height: 1000 }),
        miroSticky("s", "<p>&lt;b&gt;typed&lt;/b&gt; <b>bold</b></p>", "cyan", { x: 100, y: 50 }),
      ]),
    );
    if (!read.ok) throw new Error(read.error);
    expect(read.value.platform).toBe("miro");
    expect(
      read.value.items.map(({ id, kind, text, x, y, width }) => ({ id, kind, text, x, y, width })),
    ).toEqual([
      { id: "f", kind: "frame", text: "1. Discover", x: 600, y: 500, width: 1200 },
      { id: "s", kind: "sticky", text: "<b>typed</b> bold", x: 100, y: 50, width: 200 },
    ]);
  });
});
