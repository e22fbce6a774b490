import { describe, expect, it } from "vitest";
import { describeBoardPortContract } from "../contract/board-port-contract";
import { InMemoryBoard } from "./in-memory-board";

describeBoardPortContract("InMemoryBoard", () => {
  const board = new InMemoryBoard();
  return { board, addUserItems: (items) => board.addUserItems(items) };
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
      mark: { schemaVersion: 1 as const, role: "test", key: `n${n}`, templateId: "t" },
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
    const mark = { schemaVersion: 1 as const, role: "test", key: "k", templateId: "t" };
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
    const mark = { schemaVersion: 1 as const, role: "test", key: "k", templateId: "t" };
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
    const mark = { schemaVersion: 1 as const, role: "test", key: "k", templateId: "t" };
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
