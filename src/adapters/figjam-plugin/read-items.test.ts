import { describe, expect, it } from "vitest";
import type { BoardItem } from "../../core/board/board-item";
import { contractMark } from "../contract/board-harness";
import { FigJamEmulator } from "./emulator/figjam-emulator";
import { FigJamPluginBoard } from "./figjam-plugin-board";
import { testOptions, userSection, userSticky } from "./figjam-test-kit";

function boardWith(items: BoardItem[]) {
  const emulator = new FigJamEmulator();
  emulator.addUserNodes(items);
  return { emulator, board: new FigJamPluginBoard(emulator.api, testOptions().options) };
}

const pick = (items: BoardItem[], id: string) => items.find((item) => item.id === id);

describe("FigJamPluginBoard reads", () => {
  it("reads stickies of both palettes and custom fills as #RRGGBB, wide ones at their size", async () => {
    const { board } = boardWith([
      userSticky("now", { fill: "#FFE299", x: 100, y: 200 }),
      userSticky("earlier", { fill: "#FFD966", x: 400 }),
      userSticky("custom", { fill: "#123456", x: 700 }),
      userSticky("wide", { x: 1000, width: 416 }),
    ]);
    const items = await board.readItems({ kind: "board" });
    expect(items.map((item) => [item.id, item.kind, item.platformType, item.fill])).toEqual([
      ["now", "sticky", "STICKY", "#FFE299"],
      ["earlier", "sticky", "STICKY", "#FFD966"],
      ["custom", "sticky", "STICKY", "#123456"],
      ["wide", "sticky", "STICKY", "#FFE299"],
    ]);
    expect(pick(items, "now")).toMatchObject({ text: "Note now", x: 100, y: 200, width: 240 });
    expect(pick(items, "wide")).toMatchObject({ width: 416, height: 240 });
  });

  it("reads what a section holds at its centre on the page, with the section as its parent", async () => {
    const { board } = boardWith([
      userSection("s", { x: 3000, y: -2000, text: "Upptäcka" }),
      userSticky("in", { x: 2800, y: -2100, parentId: "s" }),
    ]);
    const items = await board.readItems({ kind: "board" });
    expect(pick(items, "s")).toMatchObject({ kind: "frame", text: "Upptäcka", fill: "#FFFFFF" });
    expect(pick(items, "in")).toMatchObject({ x: 2800, y: -2100, parentId: "s" });
  });

  it("reads a group's contents where they stand, in the group's section; the group is no item", async () => {
    const { board } = boardWith([
      userSection("s", { x: 500, y: 400 }),
      { ...userSticky("g"), kind: "other", platformType: "GROUP", parentId: "s" },
      userSticky("a", { x: 300, y: 300, parentId: "g" }),
      userSticky("b", { x: 600, y: 300, parentId: "g" }),
    ]);
    const items = await board.readItems({ kind: "board" });
    expect(items.map((item) => item.id)).toEqual(["s", "a", "b"]);
    expect(pick(items, "b")).toMatchObject({ x: 600, y: 300, parentId: "s" });
  });

  it("reads a table and each cell that holds text, in its row and column", async () => {
    const { board } = boardWith([
      {
        ...userSticky("t"),
        kind: "other",
        platformType: "TABLE",
        text: "Kundsteg\tSmärtpunkter\nBeställa\t",
        x: 200,
        y: 100,
        width: 400,
        height: 200,
      },
    ]);
    const items = await board.readItems({ kind: "board" });
    expect(items.map((item) => [item.kind, item.platformType, item.text, item.x, item.y])).toEqual([
      ["other", "TABLE", "", 200, 100],
      ["text", "TABLE_CELL", "Kundsteg", 100, 50],
      ["text", "TABLE_CELL", "Smärtpunkter", 300, 50],
      ["text", "TABLE_CELL", "Beställa", 100, 150],
    ]);
    expect(items.every((item) => item.mark === null)).toBe(true);
    expect(items.map((item) => item.cell)).toEqual([
      undefined,
      { tableId: "t", row: 0, column: 0 },
      { tableId: "t", row: 0, column: 1 },
      { tableId: "t", row: 1, column: 0 },
    ]);
    expect(pick(items, "t/r1c0")).toMatchObject({ text: "Beställa", width: 200, height: 100 });
  });

  it("reads a shape's outline from its shapeType, and a line as a shape as thick as its stroke", async () => {
    const { board } = boardWith([
      {
        ...userSticky("arrow"),
        kind: "shape",
        platformType: "SHAPE_WITH_TEXT",
        text: "Fas 1",
        shape: "chevron",
        width: 400,
        height: 120,
      },
      { ...userSticky("box"), kind: "shape", platformType: "SHAPE_WITH_TEXT", text: "Mål", x: 600 },
      {
        ...userSticky("rule"),
        kind: "shape",
        platformType: "LINE",
        text: "",
        shape: "line",
        x: 900,
        y: 500,
        width: 1800,
        height: 4,
      },
      {
        ...userSticky("post"),
        kind: "shape",
        platformType: "shape",
        text: "",
        shape: "line",
        x: 100,
        y: 900,
        width: 2,
        height: 700,
      },
    ]);
    const items = await board.readItems({ kind: "board" });
    expect(pick(items, "arrow")).toMatchObject({ kind: "shape", shape: "chevron", text: "Fas 1" });
    expect(pick(items, "box")?.shape).toBe("square");
    expect(pick(items, "rule")).toMatchObject({
      kind: "shape",
      platformType: "LINE",
      shape: "line",
      text: "",
      x: 900,
      y: 500,
      width: 1800,
      height: 4,
    });
    expect(pick(items, "post")).toMatchObject({
      kind: "shape",
      platformType: "LINE",
      shape: "line",
      x: 100,
      y: 900,
      width: 2,
      height: 700,
    });
  });

  it("reads a connector's ends, a stamp as other named after what it is, and the app's marks", async () => {
    const { board } = boardWith([
      userSticky("a", { mark: contractMark("a") }),
      userSticky("b", { x: 500 }),
      {
        ...userSticky("c"),
        kind: "connector",
        platformType: "CONNECTOR",
        ends: { from: "a", to: "b" },
      },
      {
        ...userSticky("v"),
        kind: "other",
        platformType: "STAMP",
        text: "Thumbs up",
        width: 40,
        height: 40,
      },
    ]);
    const items = await board.readItems({ kind: "board" });
    expect(pick(items, "a")?.mark).toEqual(contractMark("a"));
    expect(pick(items, "b")?.mark).toBeNull();
    expect(pick(items, "c")).toMatchObject({ kind: "connector", ends: { from: "a", to: "b" } });
    expect(pick(items, "v")).toMatchObject({
      kind: "other",
      platformType: "STAMP",
      text: "Thumbs up",
    });
  });

  it("reads a selected section with what it holds, and a container without itself", async () => {
    const { board, emulator } = boardWith([
      userSection("s", { x: 500, y: 400 }),
      userSticky("in", { x: 300, y: 300, parentId: "s" }),
      userSticky("out", { x: 3000 }),
      userSticky("picked", { x: 4000 }),
    ]);
    emulator.select(["s", "picked"]);
    const selected = await board.readItems({ kind: "selection" });
    expect(selected.map((item) => item.id)).toEqual(["s", "in", "picked"]);
    const inside = await board.readItems({ kind: "container", id: "s" });
    expect(inside.map((item) => item.id)).toEqual(["in"]);
    expect(await board.readItems({ kind: "container", id: "nowhere" })).toEqual([]);
  });
});
