import { describe, expect, it } from "vitest";
import { itemToNote } from "../../core/board/item-to-note";
import file from "../../fixtures/figma/workshop-file.json";
import { looksLikeFigmaFile, readFigmaFile } from "./read-figma-file";

function read(json: unknown) {
  const result = readFigmaFile(json);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("readFigmaFile", () => {
  const { name, items, warnings } = read(file);
  const byId = new Map(items.map((item) => [item.id, item]));

  it("reads the first page with stickies, through groups, as centres", () => {
    expect(name).toBe("Kunderejse – workshop");
    expect(items.map((i) => i.id)).toEqual([
      "1:2",
      "1:3",
      "1:4",
      "1:6",
      "2:1",
      "2:2",
      "2:3",
      "2:4",
    ]);
    expect(byId.get("1:3")).toMatchObject({
      kind: "sticky",
      platformType: "STICKY",
      text: "Sammenligner priser",
      x: 220,
      y: 320,
      width: 240,
      height: 240,
      parentId: "1:2",
      mark: null,
    });
    expect(byId.get("1:6")?.parentId).toBe("1:2");
    expect(byId.get("1:2")).toMatchObject({ kind: "frame", text: "Køb", parentId: null });
    expect(byId.get("2:1")).toMatchObject({ kind: "shape", text: "Smertepunkter" });
    expect(byId.get("2:2")).toMatchObject({ kind: "text", text: "Behov" });
  });

  it("reads fills as hex and skips hidden paints", () => {
    expect(byId.get("1:3")?.fill).toBe("#FFE299");
    expect(byId.get("1:4")?.fill).toBe("#FFAFA3");
    expect(byId.get("1:6")?.fill).toBe("#B3EFBD");
    expect(byId.get("2:3")?.fill).toBeNull();
  });

  it("gives notes of both FigJam palettes their named colours", () => {
    const note = (id: string) => {
      const item = byId.get(id);
      if (!item) throw new Error(`no item ${id}`);
      return itemToNote(item, "figjam");
    };
    expect(note("1:3").colour).toBe("figjam:yellow");
    expect(note("1:4")).toMatchObject({
      colour: "figjam:red",
      colourDistance: 0,
    });
  });

  it("reads the app's mark from shared plugin data, a version-1 mark upgraded", () => {
    expect(byId.get("2:4")?.mark).toEqual({
      schemaVersion: 2,
      part: "template",
      role: "legend-swatch",
      key: "legend-swatch:pain",
      groupId: "t-abc",
    });
  });

  it("says what it left out", () => {
    expect(warnings).toEqual([
      'page "Noter" also has 1 sticky note; only page "Page 1" is read',
      "stamp 2:5 has no position and is left out",
    ]);
  });

  it("names the path of what it cannot read", () => {
    const broken = structuredClone(file);
    (broken.document.children[0]?.children[0] as { id: unknown }).id = 12;
    expect(readFigmaFile(broken)).toEqual({
      ok: false,
      error:
        "This Figma file cannot be read:\ndocument.children[0].children[0].id: expected string, received number",
    });
    expect(looksLikeFigmaFile(file)).toBe(true);
    expect(looksLikeFigmaFile({ data: [] })).toBe(false);
  });

  it("reads what real boards carry: outlines, stamps by name, tables with their cells, drawn lines", () => {
    const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
    const page = {
      id: "0:1",
      type: "CANVAS",
      children: [
        {
          id: "1:1",
          type: "SECTION",
          name: "Journey",
          absoluteBoundingBox: box(0, 0, 3000, 2000),
          children: [
            {
              id: "1:2",
              type: "STICKY",
              characters: "Note",
              absoluteBoundingBox: box(0, 900, 240, 240),
            },
            {
              id: "1:3",
              type: "SHAPE_WITH_TEXT",
              shapeType: "CHEVRON",
              characters: "Fas 1",
              absoluteBoundingBox: box(0, 0, 400, 120),
            },
            {
              id: "1:4",
              type: "SHAPE_WITH_TEXT",
              characters: "Old file",
              absoluteBoundingBox: box(500, 0, 200, 200),
            },
            { id: "1:5", type: "STAMP", name: "+1", absoluteBoundingBox: box(200, 900, 40, 40) },
            {
              id: "1:6",
              type: "GROUP",
              absoluteBoundingBox: box(0, 300, 600, 200),
              children: [
                {
                  id: "1:7",
                  type: "TABLE",
                  name: "Table",
                  absoluteBoundingBox: box(0, 300, 600, 200),
                  children: [
                    {
                      id: "1:8",
                      type: "TABLE_CELL",
                      characters: "Steg",
                      absoluteBoundingBox: box(0, 300, 300, 100),
                    },
                    {
                      id: "1:9",
                      type: "TABLE_CELL",
                      characters: "Köp",
                      absoluteBoundingBox: box(300, 300, 300, 100),
                    },
                  ],
                },
              ],
            },
            {
              id: "1:10",
              type: "LINE",
              strokeWeight: 2,
              strokes: [{ type: "SOLID", color: { r: 0, g: 0, b: 0, a: 1 } }],
              absoluteBoundingBox: box(0, 600, 3000, 0),
            },
            {
              id: "1:11",
              type: "VECTOR",
              strokeWeight: 6,
              absoluteBoundingBox: box(800, 800, 200, 150),
            },
          ],
        },
      ],
    };
    const { items: read } = (() => {
      const result = readFigmaFile({ document: { type: "DOCUMENT", children: [page] } });
      if (!result.ok) throw new Error(result.error);
      return result.value;
    })();
    const get = (id: string) => read.find((each) => each.id === id);
    expect(read.map((each) => each.id)).toEqual([
      "1:1",
      "1:2",
      "1:3",
      "1:4",
      "1:5",
      "1:7",
      "1:8",
      "1:9",
      "1:10",
      "1:11",
    ]);
    expect(get("1:3")).toMatchObject({ kind: "shape", shape: "chevron" });
    expect(get("1:4")?.shape).toBeUndefined();
    expect(get("1:5")).toMatchObject({
      kind: "other",
      platformType: "STAMP",
      text: "+1",
      x: 220,
      y: 920,
    });
    expect(get("1:7")).toMatchObject({
      kind: "other",
      platformType: "TABLE",
      text: "",
      parentId: "1:1",
    });
    expect(get("1:9")).toMatchObject({
      kind: "text",
      text: "Köp",
      parentId: "1:1",
      cell: { tableId: "1:7", row: 0, column: 1 },
    });
    expect(get("1:10")).toMatchObject({
      kind: "shape",
      shape: "line",
      fill: "#000000",
      y: 600,
      height: 2,
      width: 3000,
    });
    expect(get("1:11")).toMatchObject({ kind: "other", platformType: "VECTOR" });
    expect(get("1:11")?.shape).toBeUndefined();
  });
});
