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
        "This Figma file cannot be read:\ndocument.children[0].children[0].id: Invalid input: expected string, received number",
    });
    expect(looksLikeFigmaFile(file)).toBe(true);
    expect(looksLikeFigmaFile({ data: [] })).toBe(false);
  });
});
