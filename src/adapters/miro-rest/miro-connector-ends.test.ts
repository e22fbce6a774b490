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
});
