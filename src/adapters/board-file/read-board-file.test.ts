import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import { reconstructJourney } from "../../core/reconstruct/reconstruct-journey";
import { readFigmaFile } from "../figma-rest/read-figma-file";
import { writeFigmaFile } from "../figma-rest/write-figma-file";
import { readMiroItems } from "../miro-rest/read-miro-items";
import { writeMiroItems } from "../miro-rest/write-miro-items";
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
        reason:
          "the board file gives it no place on the board (none, or one beyond any board), so it cannot be placed",
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

  describe("what real boards carry", () => {
    const base = { fill: null, rotation: 0, parentId: null, mark: null, text: "" } as const;
    const items: BoardItem[] = [
      {
        ...base,
        id: "t",
        kind: "other",
        platformType: "TABLE",
        x: 300,
        y: 50,
        width: 600,
        height: 100,
      },
      {
        ...base,
        id: "t/r0c0",
        kind: "text",
        platformType: "TABLE_CELL",
        text: "Köb",
        x: 150,
        y: 50,
        width: 300,
        height: 100,
        cell: { tableId: "t", row: 0, column: 0 },
      },
      {
        ...base,
        id: "t/r0c1",
        kind: "text",
        platformType: "TABLE_CELL",
        text: "Brug",
        x: 450,
        y: 50,
        width: 300,
        height: 100,
        cell: { tableId: "t", row: 0, column: 1 },
      },
      {
        ...base,
        id: "s",
        kind: "other",
        platformType: "STAMP",
        text: "Heart",
        x: 0,
        y: 400,
        width: 40,
        height: 40,
      },
      {
        ...base,
        id: "c",
        kind: "shape",
        platformType: "SHAPE_WITH_TEXT",
        text: "Fase",
        x: 0,
        y: 600,
        width: 300,
        height: 100,
        shape: "chevron",
      },
      {
        ...base,
        id: "l",
        kind: "shape",
        platformType: "LINE",
        x: 500,
        y: 800,
        width: 1000,
        height: 2,
        shape: "line",
      },
      {
        ...base,
        id: "k",
        kind: "card",
        platformType: "card",
        text: "Titel\nBeskrivelse",
        fill: "#2d9bf0",
        x: 0,
        y: 1000,
        width: 320,
        height: 94,
      },
    ];

    it("passes a FigJam file's tables, cells, stamps, outlines and lines on as its reader gives them", () => {
      const file = JSON.parse(JSON.stringify(writeFigmaFile(items, "Rejse", { keepIds: true })));
      const direct = readFigmaFile(file);
      const read = readBoardFile(file);
      if (!read.ok || !direct.ok) throw new Error("unread");
      expect(read.value.items).toEqual(direct.value.items);
      expect(read.value.items.map((i) => [i.id, i.kind, i.shape ?? i.cell ?? i.text])).toEqual([
        ["t", "other", ""],
        ["t/r0c0", "text", { tableId: "t", row: 0, column: 0 }],
        ["t/r0c1", "text", { tableId: "t", row: 0, column: 1 }],
        ["s", "other", "Heart"],
        ["c", "shape", "chevron"],
        ["l", "shape", "line"],
      ]);
    });

    it("passes a Miro file's outlines and cards on as its reader gives them", () => {
      const file = JSON.parse(JSON.stringify(writeMiroItems(items, { keepIds: true })));
      const direct = readMiroItems(file);
      const read = readBoardFile(file);
      if (!read.ok || !direct.ok) throw new Error("unread");
      expect(read.value.items).toEqual(direct.value.items);
      expect(read.value.items.map((i) => [i.id, i.kind, i.shape ?? i.text])).toEqual([
        ["t/r0c0", "text", "Köb"],
        ["t/r0c1", "text", "Brug"],
        ["c", "shape", "chevron"],
        ["l", "shape", "rectangle"],
        ["k", "card", "Titel\nBeskrivelse"],
      ]);
    });

    it("has a renamed table's cells name it by its new id", () => {
      const file = JSON.parse(
        JSON.stringify(writeFigmaFile(items.slice(0, 3), "Rejse", { keepIds: true })),
      );
      const page = file.document.children[0];
      page.children.push(structuredClone(page.children[0]));
      const read = readBoardFile(file);
      if (!read.ok) throw new Error(read.error);
      expect(read.value.items.map((i) => [i.id, i.cell?.tableId])).toEqual([
        ["t", undefined],
        ["t/r0c0", "t"],
        ["t/r0c1", "t"],
        ["t~2", undefined],
        ["t/r0c0~2", "t~2"],
        ["t/r0c1~2", "t~2"],
      ]);
    });
  });
});
