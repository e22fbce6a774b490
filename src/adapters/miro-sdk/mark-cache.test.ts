import { describe, expect, it } from "vitest";
import { contractMark } from "../contract/board-harness";
import { MarkCache } from "./mark-cache";

describe("MarkCache", () => {
  it("knows nothing of an item it has not seen", () => {
    expect(new MarkCache().known("a")).toBeUndefined();
  });

  it("keeps the app's marks and, as null, what is not one", () => {
    const cache = new MarkCache();
    const mark = contractMark("n1");
    expect(cache.remember("a", mark)).toEqual(mark);
    expect(cache.remember("b", null)).toBeNull();
    expect(cache.remember("c", "someone else's value")).toBeNull();
    expect([cache.known("a"), cache.known("b"), cache.known("c")]).toEqual([mark, null, null]);
    expect(cache.size).toBe(3);
  });

  it("takes a mark of a newer version for the app's, of a role it does not know", () => {
    const cache = new MarkCache();
    const read = cache.remember("a", { schemaVersion: 99, key: "k", groupId: "g" });
    expect(read).toMatchObject({ role: "unknown", key: "k", groupId: "g" });
  });
});
