import { describe, expect, it } from "vitest";
import page from "../../fixtures/miro/workshop-page.json";
import { looksLikeMiroItems, readMiroItems } from "./read-miro-items";

function read(json: unknown) {
  const result = readMiroItems(json);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("readMiroItems", () => {
  const { items, warnings } = read(page);
  const byId = new Map(items.map((item) => [item.id, item]));

  it("reads every item, of every type, in file order", () => {
    expect(items.map((i) => [i.kind, i.platformType])).toEqual([
      ["frame", "frame"],
      ["sticky", "sticky_note"],
      ["shape", "shape"],
      ["text", "text"],
      ["card", "card"],
      ["connector", "connector"],
      ["other", "image"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("converts a child's position from its frame's top-left to board coordinates", () => {
    expect(byId.get("3458764517517852417")).toMatchObject({
      x: 0 + 300,
      y: -100 + 200,
      width: 199,
      height: 228,
      parentId: "3458764517517800000",
    });
    expect(byId.get("3458764517517852418")).toMatchObject({ x: -400, y: 300 });
  });

  it("decodes HTML content to plain text and keeps the raw fill", () => {
    expect(byId.get("3458764517517852417")).toMatchObject({
      text: "Lång väntetid\ni kassan & telefon",
      fill: "red",
      mark: null,
    });
    expect(byId.get("3458764517517852418")).toMatchObject({
      text: "Smärtpunkter",
      fill: "#f16c7f",
      style: { fontSize: 24 },
    });
    expect(byId.get("3458764517517800000")?.text).toBe("Köpa bil – workshop");
    expect(byId.get("3458764517517852420")?.text).toBe("Ring tillbaka inom 24 h\nÄgare: @anna");
    expect(byId.get("3458764517517852419")).toMatchObject({ text: "Behov", height: 0 });
  });

  it("reads an array of pages and a bare array of items alike", () => {
    const half = Math.ceil(page.data.length / 2);
    const pages = [
      { ...page, data: page.data.slice(0, half) },
      { ...page, data: page.data.slice(half) },
    ];
    expect(read(pages).items).toEqual(items);
    expect(read(page.data).items).toEqual(items);
  });

  it("warns, and still reads the item, when its frame is not in the file", () => {
    const orphan = read([page.data[1]]);
    expect(orphan.items[0]).toMatchObject({ x: 300, y: 200 });
    expect(orphan.warnings).toEqual([
      "item 3458764517517852417 sits in 3458764517517800000, which is not in the file; its position is read as if on the board itself",
    ]);
  });

  it("accepts numeric ids from older clients as text", () => {
    const numeric = read([{ id: 42, type: "sticky_note", parent: null }]);
    expect(numeric.items[0]?.id).toBe("42");
  });

  it("names the path of what it cannot read", () => {
    expect(
      readMiroItems({ data: [{ id: "1", type: "shape", position: { x: "10", y: 0 } }] }),
    ).toEqual({
      ok: false,
      error:
        "This Miro REST items file has an item it cannot read:\ndata[0].position.x: expected number, received string",
    });
    const second = readMiroItems([{ data: [] }, { data: [{ id: "7" }] }]);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error).toContain("[1].data[0].type:");
    expect(readMiroItems({ nodes: [] })).toEqual({
      ok: false,
      error:
        'This is not a Miro REST items file: expected a page { "data": [...] }, an array of pages, or an array of items.',
    });
  });

  it("tells a Miro items file from other JSON", () => {
    expect(looksLikeMiroItems(page)).toBe(true);
    expect(looksLikeMiroItems(page.data)).toBe(true);
    expect(looksLikeMiroItems({ document: { type: "DOCUMENT" } })).toBe(false);
  });
});
