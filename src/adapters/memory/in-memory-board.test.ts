import { describe, expect, it } from "vitest";
import { contractMark } from "../contract/board-harness";
import { describeBoardPortContract } from "../contract/board-port-contract";
import { InMemoryBoard } from "./in-memory-board";

describeBoardPortContract("InMemoryBoard", () => {
  const board = new InMemoryBoard();
  return {
    board,
    addUserItems: (items) => board.addUserItems(items),
    select: (ids) => {
      board.selection = ids;
    },
  };
});

describe("InMemoryBoard", () => {
  it("reports progress after every batch", async () => {
    const board = new InMemoryBoard({ batchSize: 2 });
    const seen: number[] = [];
    const drafts = [1, 2, 3, 4, 5].map((n) => ({
      ref: `n${n}`,
      kind: "sticky" as const,
      text: `${n}`,
      fill: "miro:yellow",
      x: n * 10,
      y: 0,
      width: 199,
      height: 228,
      parent: null,
      mark: contractMark(`n${n}`),
    }));
    await board.createItems(drafts, { onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([2, 4, 5]);
  });

  it("puts a draft only inside a frame", async () => {
    const board = new InMemoryBoard();
    board.addUserItems([
      {
        id: "u",
        kind: "sticky",
        platformType: "sticky_note",
        text: "",
        fill: null,
        x: 0,
        y: 0,
        width: 1,
        height: 1,
        rotation: 0,
        parentId: null,
        mark: null,
      },
    ]);
    const mark = contractMark("k");
    await expect(
      board.createItems([
        {
          ref: "a",
          kind: "shape",
          text: "",
          fill: null,
          x: 0,
          y: 0,
          width: 1,
          height: 1,
          parent: { id: "u" },
          mark,
        },
      ]),
    ).rejects.toThrow("draft a: no frame u on the board to hold it");
    expect(board.all()).toHaveLength(1);
  });

  it("stores fills as the platform does", async () => {
    const make = (platform: "miro" | "figjam") => new InMemoryBoard({ platform });
    const mark = contractMark("k");
    const base = { text: "", x: 0, y: 0, width: 1, height: 1, parent: null, mark };
    const miro = await make("miro").createItems([
      { ...base, ref: "s", kind: "sticky", fill: "miro:light_yellow" },
      { ...base, ref: "h", kind: "shape", fill: "miro:red" },
    ]);
    expect(miro.map((c) => c.item.fill)).toEqual(["light_yellow", "#F0939D"]);
    const figjam = await make("figjam").createItems([
      { ...base, ref: "s", kind: "sticky", fill: "figjam:yellow" },
    ]);
    expect(figjam[0]?.item).toMatchObject({ fill: "#FFE299", platformType: "STICKY" });
  });

  it("reads the selection and remembers what it brought into view", async () => {
    const board = new InMemoryBoard();
    const mark = contractMark("k");
    const created = await board.createItems([
      {
        ref: "a",
        kind: "shape",
        text: "a",
        fill: null,
        x: 0,
        y: 0,
        width: 100,
        height: 50,
        parent: null,
        mark,
      },
      {
        ref: "b",
        kind: "shape",
        text: "b",
        fill: null,
        x: 300,
        y: 200,
        width: 100,
        height: 50,
        parent: null,
        mark,
      },
    ]);
    board.selection = [created[1]?.item.id ?? ""];
    expect((await board.readItems({ kind: "selection" })).map((i) => i.text)).toEqual(["b"]);
    await board.bringIntoView({ ids: created.map((c) => c.item.id) });
    expect(board.view).toEqual({ x: -50, y: -25, width: 400, height: 250 });
  });
});

describe("InMemoryBoard tells its changes", () => {
  const mark = contractMark("k");
  const shape = (ref: string) => ({
    ref,
    kind: "shape" as const,
    text: ref,
    fill: null,
    x: 0,
    y: 0,
    width: 10,
    height: 10,
    parent: null,
    mark,
  });

  it("after every batch of app writes, the selection, the view and board data", async () => {
    const board = new InMemoryBoard({ batchSize: 2 });
    const seen: string[] = [];
    const versions: number[] = [];
    board.onChange((change) => {
      seen.push(`${change.kind}:${change.ids.length}`);
      versions.push(change.version);
    });
    const created = await board.createItems(["a", "b", "c"].map(shape));
    const ids = created.map((c) => c.item.id);
    await board.updateItems([{ id: ids[0] ?? "", text: "A" }]);
    board.selection = ids.slice(1);
    await board.bringIntoView({ ids });
    await board.writeBoardData("legend", { entries: [] });
    await board.removeItems(ids);
    expect(seen).toEqual([
      "created:2",
      "created:1",
      "updated:1",
      "selection:2",
      "view:0",
      "board-data:0",
      "removed:2",
      "removed:1",
      "selection:0",
    ]);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(board.version).toBe(9);
  });

  it("announces the view it was asked to show", async () => {
    const board = new InMemoryBoard();
    const views: unknown[] = [];
    board.onChange((change) => {
      if (change.kind === "view") views.push(board.view);
    });
    await board.bringIntoView({ rect: { x: 10, y: 20, width: 300, height: 200 } });
    await board.bringIntoView({ ids: ["not-on-the-board"] });
    expect(views).toEqual([{ x: 10, y: 20, width: 300, height: 200 }]);
  });

  it("stops telling a listener that unsubscribed", async () => {
    const board = new InMemoryBoard();
    const kinds: string[] = [];
    const stop = board.onChange((change) => kinds.push(change.kind));
    await board.createItems([shape("a")]);
    stop();
    await board.createItems([shape("b")]);
    expect(kinds).toEqual(["created"]);
  });

  it("drops removed items from the selection also when the removal was cancelled", async () => {
    const board = new InMemoryBoard({ batchSize: 1 });
    const ids = (await board.createItems(["a", "b", "c"].map(shape))).map((c) => c.item.id);
    board.selection = ids;
    const told: string[][] = [];
    board.onSelectionChange((selected) => told.push([...selected]));
    const signal = { aborted: false };
    const removal = board.removeItems(ids, {
      signal,
      onProgress: () => {
        signal.aborted = true;
      },
    });
    await expect(removal).rejects.toThrow("cancelled after 1 change(s)");
    expect(board.selection).toEqual(ids.slice(1));
    expect(told).toEqual([ids.slice(1)]);
  });

  it("waits for its pace before each batch, and a cancel during the wait stops the next one", async () => {
    let release = () => {};
    let paced = 0;
    let heldBack = () => {};
    const secondBatchWaits = new Promise<void>((resolve) => (heldBack = resolve));
    const board = new InMemoryBoard({
      batchSize: 2,
      pace: () => {
        paced += 1;
        if (paced === 1) return Promise.resolve();
        heldBack();
        return new Promise((resolve) => (release = resolve));
      },
    });
    const signal = { aborted: false };
    const creating = board.createItems(["a", "b", "c", "d", "e"].map(shape), { signal });
    await secondBatchWaits;
    expect(board.all().map((item) => item.text)).toEqual(["a", "b"]);
    signal.aborted = true;
    release();
    await expect(creating).rejects.toMatchObject({ name: "CancelledError", done: 2 });
    expect(board.all()).toHaveLength(2);
    expect(paced).toBe(2);
  });
});
