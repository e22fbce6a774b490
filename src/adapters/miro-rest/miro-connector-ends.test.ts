import { describe, expect, it } from "vitest";
import { readMiroItems } from "./read-miro-items";

describe("a Miro connector's ends", () => {
  it("are read from startItem and endItem, ids typed as numbers read as text", () => {
    const read = readMiroItems([
      { id: "c1", type: "connector", startItem: { id: "a" }, endItem: { id: 42 } },
      { id: "c2", type: "connector", startItem: { id: "a" } },
      { id: "s1", type: "sticky_note", startItem: { id: "a" }, endItem: { id: "b" } },
    ]);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.items.map((item) => [item.id, item.ends])).toEqual([
      ["c1", { from: "a", to: "42" }],
      ["c2", undefined],
      ["s1", undefined],
    ]);
  });

  it("are read from a page of the connectors list whose entries carry no type", () => {
    const read = readMiroItems([
      { data: [{ id: "n1", type: "sticky_note", data: { content: "Pain" } }] },
      { data: [{ id: "c1", startItem: { id: "n1" }, endItem: { id: "n2" }, shape: "curved" }] },
    ]);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.items.map((item) => [item.id, item.kind, item.ends])).toEqual([
      ["n1", "sticky", undefined],
      ["c1", "connector", { from: "n1", to: "n2" }],
    ]);
  });

  it("are not invented for an untyped entry with only one end: it is still refused", () => {
    const read = readMiroItems([{ id: "c1", startItem: { id: "n1" } }]);
    expect(read.ok).toBe(false);
  });
});
