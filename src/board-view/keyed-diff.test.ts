import { describe, expect, it } from "vitest";
import { itemLook } from "./item-look";
import { diffLooks } from "./keyed-diff";
import { boardItem } from "./test-items";

describe("diffLooks", () => {
  const look = (id: string, text: string, x = 0) => itemLook(boardItem({ id, text, x }), "miro");

  it("adds, changes and removes by id, and leaves the unchanged alone", () => {
    const drawn = new Map([
      ["a", look("a", "A")],
      ["b", look("b", "B")],
      ["c", look("c", "C")],
    ]);
    const diff = diffLooks(drawn, [look("a", "A"), look("b", "B", 40), look("d", "D")]);
    expect(diff.added.map((l) => l.id)).toEqual(["d"]);
    expect(diff.changed.map((l) => [l.id, l.left])).toEqual([["b", -60]]);
    expect(diff.removed).toEqual(["c"]);
  });

  it("finds one moved note among six hundred", () => {
    const before = Array.from({ length: 600 }, (_, i) => look(`n${i}`, `Note ${i}`, i * 10));
    const drawn = new Map(before.map((l) => [l.id, l]));
    const after = before.map((l, i) => (i === 321 ? look(l.id, `Note ${i}`, 99_999) : l));
    expect(diffLooks(drawn, after)).toEqual({ added: [], changed: [after[321]], removed: [] });
  });
});
