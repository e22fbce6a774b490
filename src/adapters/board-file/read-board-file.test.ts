import { describe, expect, it } from "vitest";
import { reconstructJourney } from "../../core/reconstruct/reconstruct-journey";
import { readBoardFile } from "./read-board-file";

describe("readBoardFile", () => {
  it("keeps items that share an id, renamed, and says so", () => {
    const read = readBoardFile({
      data: [
        {
          id: "a",
          type: "sticky_note",
          data: { content: "<p>First</p>" },
          position: { x: 0, y: 0 },
        },
        {
          id: "a",
          type: "sticky_note",
          data: { content: "<p>Second</p>" },
          position: { x: 10, y: 0 },
        },
      ],
    });
    if (!read.ok) throw new Error(read.error);
    expect(read.value.items.map((i) => [i.id, i.text])).toEqual([
      ["a", "First"],
      ["a~2", "Second"],
    ]);
    expect(read.value.warnings).toEqual([
      "2 items share the id a; all are read, the later ones as a~2 and on",
    ]);
  });

  it("keeps a note the file gives no position, and reconstruction lists it as unplaced", () => {
    const read = readBoardFile({
      data: [
        {
          id: "placed",
          type: "sticky_note",
          data: { content: "<p>Kö</p>" },
          style: { fillColor: "red" },
          position: { x: 0, y: 0 },
        },
        {
          id: "lost",
          type: "sticky_note",
          data: { content: "<p>Var?</p>" },
          style: { fillColor: "red" },
        },
      ],
    });
    if (!read.ok) throw new Error(read.error);
    const { journey } = reconstructJourney(read.value.items, { platform: "miro" });
    expect(journey.placements.map((p) => p.noteId)).toEqual(["placed"]);
    expect(journey.unplaced).toEqual([
      {
        noteId: "lost",
        reason: "the board file gives it no position, so it cannot be placed",
        cause: { where: "no-position" },
      },
    ]);
    expect(journey.notes.map((n) => n.id)).toEqual(["placed", "lost"]);
  });

  it("keeps a FigJam sticky without a bounding box the same way", () => {
    const read = readBoardFile({
      document: {
        type: "DOCUMENT",
        children: [
          {
            id: "0:1",
            type: "CANVAS",
            children: [{ id: "1:1", type: "STICKY", characters: "Hm" }],
          },
        ],
      },
    });
    if (!read.ok) throw new Error(read.error);
    expect(read.value.items[0]).toMatchObject({ id: "1:1", noPosition: true });
  });
});
