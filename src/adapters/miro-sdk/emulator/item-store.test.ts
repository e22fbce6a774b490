import { describe, expect, it } from "vitest";
import { ItemStore } from "./item-store";
import type { ConnectorRecord, FrameRecord, StickyRecord } from "./miro-record";

function note(id: string, parentId: string | null = null): StickyRecord {
  return {
    id,
    type: "sticky_note",
    x: 0,
    y: 0,
    width: 199,
    height: 228,
    content: "",
    shape: "square",
    style: { fillColor: "yellow", textAlign: "center", textAlignVertical: "middle" },
    tagIds: [],
    parentId,
    metadata: {},
    origin: "user",
  };
}

function frame(id: string): FrameRecord {
  const { content: _, shape: __, tagIds: ___, ...rest } = note(id);
  return {
    ...rest,
    type: "frame",
    title: "",
    style: { fillColor: "#ffffff" },
    childrenIds: [],
    width: 1000,
    height: 1000,
  };
}

function connector(id: string, from: string, to: string): ConnectorRecord {
  return {
    id,
    type: "connector",
    start: { item: from },
    end: { item: to },
    shape: "curved",
    style: {},
    parentId: null,
    metadata: {},
    origin: "user",
  };
}

describe("ItemStore", () => {
  it("gives Miro-like ids no item has", () => {
    const store = new ItemStore();
    store.add(note("3458764000000000001"));
    expect(store.newId()).toBe("3458764000000000002");
  });

  it("keeps a frame's childrenIds in step with its children", () => {
    const store = new ItemStore();
    store.add(frame("f"));
    store.add(note("a", "f"));
    store.add(note("b"));
    const b = store.item("b");
    if (b) store.setParent(b, "f");
    expect(store.get("f")).toMatchObject({ childrenIds: ["a", "b"] });
    const a = store.item("a");
    if (a) store.setParent(a, null);
    expect(store.get("f")).toMatchObject({ childrenIds: ["b"] });
  });

  it("drops a parent that is not a frame on the board", () => {
    const store = new ItemStore();
    store.add(note("a", "nowhere"));
    expect(store.get("a")).toMatchObject({ parentId: null });
  });

  it("removes a frame with its contents and the connectors joined to them", () => {
    const store = new ItemStore();
    store.add(frame("f"));
    store.add(note("in", "f"));
    store.add(note("out"));
    store.add(connector("c", "out", "in"));
    store.add(connector("keep", "out", "out"));
    expect(store.remove("f").map((r) => r.id)).toEqual(["f", "in", "c"]);
    expect(store.all().map((r) => r.id)).toEqual(["out", "keep"]);
  });

  it("takes a removed tag off the items that carry it", () => {
    const store = new ItemStore();
    store.add({ id: "t", type: "tag", title: "Pain", color: "red", origin: "user" });
    store.add({ ...note("a"), tagIds: ["t"] });
    store.remove("t");
    expect(store.get("a")).toMatchObject({ tagIds: [] });
  });
});
