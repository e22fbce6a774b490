import { describe, expect, it } from "vitest";
import { contractMark } from "../contract/board-harness";
import type { MiroItem, MiroTag } from "./miro-api";
import { fakeBoardApi, frameView, itemCalls, stickyView, testSession } from "./miro-sdk-test-kit";
import { readItems } from "./read-items";

const mark = contractMark("n1");
const frame = frameView({ id: "f", x: 1000, y: 1000, width: 1000, height: 800 });
const inner = frameView({ id: "g", parentId: "f", x: 300, y: 200, width: 200, height: 200 });
const own = stickyView({ id: "own", ...itemCalls({ mark }) });
const framed = stickyView({ id: "framed", parentId: "f", x: 100, y: 100 });
const deep = stickyView({ id: "deep", parentId: "g", x: 10, y: 10, tagIds: ["t1"] });
const tag: MiroTag = { id: "t1", type: "tag", title: "Urgent", color: "red" };
const ITEMS: MiroItem[] = [frame, inner, own, framed, deep, tag];

describe("readItems", () => {
  it("reads the board in board coordinates, with marks and tags", async () => {
    const { api, calls } = fakeBoardApi(ITEMS);
    const items = await readItems(testSession(api), { kind: "board" });
    expect(items.map((item) => [item.id, item.x, item.y, item.mark !== null])).toEqual([
      ["f", 1000, 1000, false],
      ["g", 800, 800, false],
      ["own", 0, 0, true],
      ["framed", 600, 700, false],
      ["deep", 710, 710, false],
    ]);
    expect(items.find((item) => item.id === "deep")?.tags).toEqual(["Urgent"]);
    expect(calls).toEqual(["get", "get"]);
  });

  it("reads each item's mark once a session, and only the new items' afterwards", async () => {
    const asked: string[] = [];
    const counted = (item: ReturnType<typeof stickyView>) => ({
      ...item,
      getMetadata: (async (key: string) => {
        asked.push(item.id);
        return item.getMetadata(key);
      }) as typeof item.getMetadata,
    });
    const board: MiroItem[] = [counted(own), counted(stickyView({ id: "user" }))];
    const session = testSession(fakeBoardApi(board).api);
    await readItems(session, { kind: "board" });
    board.push(counted(stickyView({ id: "new" })));
    const items = await readItems(session, { kind: "board" });
    expect(asked).toEqual(["own", "user", "new"]);
    expect(items.map((item) => item.mark)).toEqual([mark, null, null]);
  });

  it("reads what a frame holds however deep, not the frame", async () => {
    const { api } = fakeBoardApi(ITEMS);
    const items = await readItems(testSession(api), { kind: "container", id: "f" });
    expect(items.map((item) => item.id)).toEqual(["g", "framed", "deep"]);
    expect(await readItems(testSession(api), { kind: "container", id: "nowhere" })).toEqual([]);
  });

  it("reads the selection, looking up the frames of selected items", async () => {
    const { api, calls } = fakeBoardApi(ITEMS, {
      getSelection: async () => [deep, frame],
    });
    const items = await readItems(testSession(api), { kind: "selection" });
    expect(items.map((item) => [item.id, item.x, item.y])).toEqual([
      ["deep", 710, 710],
      ["f", 1000, 1000],
    ]);
    expect(calls).toEqual(["getById", "get"]);
  });

  it("leaves out an item deleted between the listing and its mark", async () => {
    const deleted = {
      ...stickyView({ id: "deleted" }),
      getMetadata: (async () => {
        throw new Error("Item deleted not found");
      }) as ReturnType<typeof stickyView>["getMetadata"],
    };
    const { api } = fakeBoardApi([own, deleted]);
    const items = await readItems(testSession(api), { kind: "board" });
    expect(items.map((item) => item.id)).toEqual(["own"]);
  });
});
