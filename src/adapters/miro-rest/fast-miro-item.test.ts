import { describe, expect, it } from "vitest";
import { generateBoard } from "../../corpus/generate-board";
import page from "../../fixtures/miro/workshop-page.json";
import { fastMiroItem } from "./fast-miro-item";
import { MiroItemSchema } from "./miro-rest-schema";

describe("fastMiroItem", () => {
  it("reads every item of real and generated files exactly as the schema does", async () => {
    const boards = await Promise.all(
      (["template", "frames", "legend"] as const).map((kind) =>
        generateBoard({ kind, mess: "heavy", platform: "miro", seed: 5 }),
      ),
    );
    const items = [...page.data, ...boards.flatMap((b) => (b.file as { data: unknown[] }).data)];
    for (const raw of items) {
      const copy = JSON.parse(JSON.stringify(raw));
      expect(fastMiroItem(copy)).toEqual(MiroItemSchema.parse(copy));
    }
  });

  it("turns numeric ids into text as the schema does", () => {
    const raw = { id: 42, type: "sticky_note", parent: { id: 7 } };
    expect(fastMiroItem(raw)).toEqual(MiroItemSchema.parse(raw));
    expect(fastMiroItem(raw)).toMatchObject({ id: "42", parent: { id: "7" } });
  });

  it.each([
    ["no id", { type: "shape" }],
    ["an empty id", { id: "", type: "shape" }],
    ["no type", { id: "1" }],
    ["content that is not text", { id: "1", type: "text", data: { content: 5 } }],
    ["a position in text", { id: "1", type: "text", position: { x: "1", y: 2 } }],
    ["an unknown origin", { id: "1", type: "text", position: { x: 1, y: 2, relativeTo: "page" } }],
    ["a width in text", { id: "1", type: "text", geometry: { width: "10" } }],
    ["a parent without id", { id: "1", type: "text", parent: {} }],
    ["a style that is a list", { id: "1", type: "text", style: [] }],
    ["a list for an item", []],
    [
      "an endless position",
      { id: "1", type: "text", position: { x: Number.POSITIVE_INFINITY, y: 0 } },
    ],
    ["an endless width", { id: "1", type: "text", geometry: { width: Number.NEGATIVE_INFINITY } }],
  ])("leaves %s to the schema, which rejects it too", (_, raw) => {
    expect(fastMiroItem(raw)).toBeNull();
    expect(MiroItemSchema.safeParse(raw).success).toBe(false);
  });
});
