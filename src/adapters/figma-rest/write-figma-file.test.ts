import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import type { FigmaNode } from "./figma-rest-schema";
import { readFigmaFile } from "./read-figma-file";
import { writeFigmaFile } from "./write-figma-file";

function item(id: string, fields: Partial<BoardItem>): BoardItem {
  return {
    id,
    kind: "sticky",
    platformType: "STICKY",
    text: "",
    fill: null,
    x: 0,
    y: 0,
    width: 240,
    height: 240,
    rotation: 0,
    parentId: null,
    mark: null,
    ...fields,
  };
}

function cell(tableId: string, row: number, column: number, text: string): BoardItem {
  // Columns 300 wide from x 0, rows 100 high from y 0; the first column is 200 wide.
  const left = column === 0 ? 0 : 200 + (column - 1) * 300;
  const width = column === 0 ? 200 : 300;
  return item(`${tableId}/r${row}c${column}`, {
    kind: "text",
    platformType: "TABLE_CELL",
    text,
    x: left + width / 2,
    y: row * 100 + 50,
    width,
    height: 100,
    parentId: "section",
    cell: { tableId, row, column },
  });
}

const items: BoardItem[] = [
  item("section", {
    kind: "frame",
    platformType: "SECTION",
    text: "Resan",
    width: 2000,
    height: 2000,
    x: 900,
    y: 900,
  }),
  // A 4 x 3 table: its third row and the cell under "Köp" are empty.
  item("table", {
    kind: "other",
    platformType: "TABLE",
    x: 400,
    y: 200,
    width: 800,
    height: 400,
    parentId: "section",
  }),
  cell("table", 0, 1, "Upptäcka"),
  cell("table", 0, 2, "Köp"),
  cell("table", 1, 0, "Smärtpunkter"),
  cell("table", 1, 1, "Svårt att hitta"),
  cell("table", 3, 0, "Möjligheter"),
  item("stamp", {
    kind: "other",
    platformType: "STAMP",
    text: "Thumbs up",
    x: 520,
    y: 160,
    width: 40,
    height: 40,
  }),
  item("chevron", {
    kind: "shape",
    platformType: "SHAPE_WITH_TEXT",
    text: "Fas 1",
    fill: "#FFC943",
    x: 100,
    y: 900,
    width: 400,
    height: 120,
    shape: "chevron",
  }),
  item("plain", {
    kind: "shape",
    platformType: "SHAPE_WITH_TEXT",
    text: "Mål",
    x: 600,
    y: 900,
    width: 200,
    height: 200,
  }),
  item("rule", {
    kind: "shape",
    platformType: "LINE",
    fill: "#1E1E1E",
    x: 1000,
    y: 1200,
    width: 1800,
    height: 4,
    shape: "line",
  }),
  item("post", {
    kind: "shape",
    platformType: "LINE",
    x: 1900,
    y: 600,
    width: 2,
    height: 1000,
    shape: "line",
  }),
  item("tape", {
    kind: "shape",
    platformType: "WASHI_TAPE",
    fill: "#F24822",
    x: 900,
    y: 1500,
    width: 1200,
    height: 40,
    shape: "line",
  }),
];

function pageOf(file: ReturnType<typeof writeFigmaFile>): FigmaNode[] {
  return file.document.children[0]?.children ?? [];
}

describe("writeFigmaFile", () => {
  const file = writeFigmaFile(items, "Resan", { keepIds: true });
  const read = readFigmaFile(JSON.parse(JSON.stringify(file)));
  if (!read.ok) throw new Error(read.error);
  const back = new Map(read.value.items.map((each) => [each.id, each]));

  it("writes a table with every cell, row by row, empty ones in the room their row and column leave", () => {
    const table = pageOf(file)[0]?.children?.[0];
    expect(table).toMatchObject({
      type: "TABLE",
      absoluteBoundingBox: { x: 0, y: 0, width: 800, height: 400 },
    });
    const cells = table?.children ?? [];
    expect(cells.map((node) => node.type)).toEqual(Array(12).fill("TABLE_CELL"));
    expect(cells.map((node) => node.characters)).toEqual([
      "",
      "Upptäcka",
      "Köp",
      "Smärtpunkter",
      "Svårt att hitta",
      "",
      "",
      "",
      "",
      "Möjligheter",
      "",
      "",
    ]);
    // The empty third row takes the room between the second and the fourth.
    expect(cells[7]?.absoluteBoundingBox).toEqual({ x: 200, y: 200, width: 300, height: 100 });
    expect(cells[0]?.absoluteBoundingBox).toEqual({ x: 0, y: 0, width: 200, height: 100 });
  });

  it("reads the table and its cells back: places, boxes, text, the section they sit in", () => {
    expect(back.get("table")).toMatchObject({
      kind: "other",
      platformType: "TABLE",
      text: "",
      x: 400,
      y: 200,
      parentId: "section",
    });
    const cells = read.value.items.filter((each) => each.cell);
    expect(cells).toEqual(items.filter((each) => each.cell));
  });

  it("reads back stamps by name, shapes by outline and lines with their thickness", () => {
    expect(back.get("stamp")).toMatchObject({
      kind: "other",
      platformType: "STAMP",
      text: "Thumbs up",
      x: 520,
      y: 160,
      width: 40,
      height: 40,
    });
    expect(back.get("chevron")).toMatchObject({
      kind: "shape",
      shape: "chevron",
      text: "Fas 1",
      fill: "#FFC943",
    });
    expect(back.get("plain")).toMatchObject({ kind: "shape", shape: "square" });
    for (const id of ["rule", "post", "tape"]) {
      const { x, y, width, height, kind, shape, fill } = items.find(
        (each) => each.id === id,
      ) as BoardItem;
      expect(back.get(id)).toMatchObject({ x, y, width, height, kind, shape, fill, text: "" });
    }
    expect(back.get("tape")?.platformType).toBe("WASHI_TAPE");
    expect(read.value.warnings).toEqual([]);
  });

  it("writes a line as FigJam does: no thickness in its layer box, the stroke's weight instead", () => {
    const rule = pageOf(file).find((node) => node.id === "rule");
    expect(rule).toMatchObject({
      type: "LINE",
      absoluteBoundingBox: { x: 100, y: 1200, width: 1800, height: 0 },
      strokeWeight: 4,
      fills: [],
    });
    const post = pageOf(file).find((node) => node.id === "post");
    expect(post?.absoluteBoundingBox).toEqual({ x: 1900, y: 100, width: 0, height: 1000 });
  });

  it("writes a connector holding on to the nodes at its ends, and reads its ends back", () => {
    const a = item("a", { x: 0 });
    const b = item("b", { x: 600 });
    const arrow = item("arrow", {
      kind: "connector",
      platformType: "CONNECTOR",
      x: 300,
      width: 360,
      height: 1,
      ends: { from: "a", to: "b" },
    });
    const written = writeFigmaFile([a, b, arrow], "x");
    expect(pageOf(written)[2]).toMatchObject({
      connectorStart: { endpointNodeId: "1:1" },
      connectorEnd: { endpointNodeId: "1:2" },
    });
    const again = readFigmaFile(JSON.parse(JSON.stringify(written)));
    expect(again.ok && again.value.items[2]?.ends).toEqual({ from: "1:1", to: "1:2" });
  });

  it("writes a cell whose table is not on the board as plain text, and no Miro card", () => {
    const stray = cell("gone", 0, 0, "Ensam");
    const card = item("card", { kind: "card", platformType: "card", text: "Kort" });
    const alone = writeFigmaFile([stray, card], "x", { keepIds: true });
    expect(pageOf(alone).map((node) => [node.id, node.type])).toEqual([["gone/r0c0", "TEXT"]]);
  });

  it("gives Figma-like ids to tables and cells when ids are not kept", () => {
    const plain = writeFigmaFile(items, "Resan");
    const table = pageOf(plain)[0]?.children?.[0];
    expect(table?.id).toBe("1:2");
    expect(table?.children?.[1]?.id).toBe("1:3");
    expect(table?.children?.[0]?.id).toBe("1:2/r0c0");
  });
});

describe("writeFigmaFile of deep sections", () => {
  it("writes and reads back sections nested 100,000 deep, the note inside the last", () => {
    const depth = 100_000;
    const sections = Array.from({ length: depth }, (_, i) =>
      item(`s${i}`, {
        kind: "frame",
        platformType: "SECTION",
        text: `S${i}`,
        width: 1000,
        height: 1000,
        parentId: i === 0 ? null : `s${i - 1}`,
      }),
    );
    const note = item("n", { text: "deep", parentId: `s${depth - 1}` });
    const read = readFigmaFile(writeFigmaFile([...sections, note], "Deep", { keepIds: true }));
    if (!read.ok) throw new Error(read.error);
    expect(read.value.items.length).toBe(depth + 1);
    expect(read.value.items.at(-1)).toMatchObject({
      id: "n",
      text: "deep",
      parentId: `s${depth - 1}`,
    });
  });
});
