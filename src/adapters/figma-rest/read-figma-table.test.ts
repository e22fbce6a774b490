import { describe, expect, it } from "vitest";
import type { FigmaNode } from "./figma-rest-schema";
import { tableCellItems } from "./read-figma-table";

/** A cell as a REST file has it: a box and characters, no row or column. */
function cell(
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  text: string,
): FigmaNode {
  return {
    id,
    type: "TABLE_CELL",
    characters: text,
    fills: [],
    absoluteBoundingBox: { x, y, width, height },
  };
}

describe("tableCellItems", () => {
  // Rows 80 and 200 high, columns 150 and 300 wide, a few tenths of a pixel of rounding.
  const table: FigmaNode = {
    id: "5:1",
    type: "TABLE",
    children: [
      cell("5:2", 0, 0, 150, 80, ""),
      cell("5:3", 150.3, 0, 300, 80, "Awareness"),
      cell("5:4", 450, 0.2, 300, 80, "Purchase"),
      cell("5:5", 0, 80, 150, 200, "Pain points"),
      cell("5:6", 150, 80.4, 300, 200, "  "),
      cell("5:7", 450, 80, 300, 200, "Queues"),
    ],
  };

  it("reads the cells that hold text with their row and column from their boxes", () => {
    const items = tableCellItems(table, "9:9", []);
    expect(items.map((item) => [item.id, item.text, item.cell?.row, item.cell?.column])).toEqual([
      ["5:3", "Awareness", 0, 1],
      ["5:4", "Purchase", 0, 2],
      ["5:5", "Pain points", 1, 0],
      ["5:7", "Queues", 1, 2],
    ]);
    expect(items[2]).toMatchObject({
      kind: "text",
      platformType: "TABLE_CELL",
      x: 75,
      y: 180,
      width: 150,
      height: 200,
      parentId: "9:9",
      fill: null,
      mark: null,
      cell: { tableId: "5:1", row: 1, column: 0 },
    });
  });

  it("reads places from the boxes whatever order the file holds the cells in", () => {
    const shuffled = { ...table, children: [...(table.children ?? [])].reverse() };
    const places = tableCellItems(shuffled, null, []).map((item) => [
      item.text,
      item.cell?.row,
      item.cell?.column,
    ]);
    expect(places).toContainEqual(["Awareness", 0, 1]);
    expect(places).toContainEqual(["Queues", 1, 2]);
  });

  it("takes the rows and columns a file gives every cell", () => {
    const given: FigmaNode = {
      id: "6:1",
      type: "TABLE",
      children: [
        { ...cell("6:2", 0, 0, 100, 50, "A"), rowIndex: 2, columnIndex: 4 },
        { ...cell("6:3", 100, 0, 100, 50, "B"), rowIndex: 2, columnIndex: 5 },
      ],
    };
    expect(tableCellItems(given, null, []).map((item) => item.cell)).toEqual([
      { tableId: "6:1", row: 2, column: 4 },
      { tableId: "6:1", row: 2, column: 5 },
    ]);
  });

  it("says which cell with text it left out for want of a position, and reads the fill", () => {
    const warnings: string[] = [];
    const odd: FigmaNode = {
      id: "7:1",
      type: "TABLE",
      children: [
        { id: "7:2", type: "TABLE_CELL", characters: "Lost" },
        {
          ...cell("7:3", 0, 0, 100, 50, "Kept"),
          fills: [{ type: "SOLID", color: { r: 1, g: 0.8, b: 0, a: 1 } }],
        },
        {
          id: "7:4",
          type: "TEXT",
          characters: "not a cell",
          absoluteBoundingBox: { x: 0, y: 0, width: 1, height: 1 },
        },
      ],
    };
    expect(tableCellItems(odd, null, warnings).map((item) => [item.text, item.fill])).toEqual([
      ["Kept", "#FFCC00"],
    ]);
    expect(warnings).toEqual(["table cell 7:2 has no position and is left out"]);
  });
});
