import { describe, expect, it } from "vitest";
import { appMark, userSection, userSticky } from "./emulator-test-kit";
import { FigJamEmulator } from "./figjam-emulator";

describe("people's nodes from plain records", () => {
  it("makes stickies centred where the record says, wide ones wide, fills from FigJam's colours or hex", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([
      userSticky("a", { x: 120, y: 120, fill: "figjam:teal" }),
      userSticky("b", { x: 1000, y: 120, width: 416, fill: "#FF0000" }),
    ]);
    const [a, b] = emulator.records();
    expect(a?.absoluteBoundingBox).toEqual({ x: 0, y: 0, width: 240, height: 240 });
    expect(a?.type === "STICKY" && a.fills).toEqual([
      { type: "SOLID", color: { r: 0xb3 / 255, g: 0xf4 / 255, b: 0xef / 255 } },
    ]);
    expect(b?.type === "STICKY" && [b.isWideWidth, b.absoluteBoundingBox.width]).toEqual([
      true,
      416,
    ]);
    expect(b?.type === "STICKY" && b.fills).toEqual([
      { type: "SOLID", color: { r: 1, g: 0, b: 0 } },
    ]);
  });

  it("puts nodes in the section their record names, counting x and y from its corner", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([
      userSticky("in", { x: 600, y: 500, parentId: "s" }),
      userSection("s", { x: 500, y: 400 }),
    ]);
    const inside = emulator.nodes().find((node) => node.id === "in");
    expect(inside?.parent?.id).toBe("s");
    expect([inside?.x, inside?.y]).toEqual([480, 380]);
    expect(inside?.absoluteBoundingBox).toEqual({ x: 480, y: 380, width: 240, height: 240 });
  });

  it("keeps a record's mark as the app's shared plugin data", () => {
    const emulator = new FigJamEmulator();
    const mark = appMark("note:1");
    emulator.addUserNodes([userSticky("m", { mark })]);
    const [node] = emulator.nodes();
    expect(JSON.parse(node?.getSharedPluginData("journey_mapper", "mark") ?? "")).toEqual(mark);
  });

  it("makes tables from tab-separated rows, and stamps, texts, shapes and connectors", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([
      userSticky("t", {
        kind: "other",
        platformType: "TABLE",
        text: "Stage\tPain\nOnboarding\tSlow",
        width: 400,
        height: 120,
      }),
      userSticky("stamp", {
        kind: "other",
        platformType: "STAMP",
        text: "+1",
        width: 40,
        height: 40,
      }),
      userSticky("x", {
        kind: "text",
        platformType: "TEXT",
        text: "Heading",
        style: { fontSize: 32 },
        fill: "#000000",
      }),
      userSticky("sh", {
        kind: "shape",
        platformType: "SHAPE_WITH_TEXT",
        text: "Lane",
        fill: null,
      }),
      userSticky("c", {
        kind: "connector",
        platformType: "CONNECTOR",
        ends: { from: "x", to: "sh" },
      }),
    ]);
    const [table, stamp, text, shape, connector] = emulator.nodes();
    if (table?.type !== "TABLE") throw new Error("a table comes first");
    expect([table.numRows, table.numColumns, table.cellAt(1, 1).text.characters]).toEqual([
      2,
      2,
      "Slow",
    ]);
    expect([stamp?.type, stamp?.name]).toEqual(["STAMP", "+1"]);
    expect(text?.type === "TEXT" && [text.characters, text.fontSize]).toEqual(["Heading", 32]);
    expect(shape?.type === "SHAPE_WITH_TEXT" && shape.fills).toEqual([]);
    expect(connector?.type === "CONNECTOR" && connector.connectorStart).toEqual({
      endpointNodeId: "x",
      magnet: "AUTO",
    });
  });

  it("refuses an id the page already has, and a kind FigJam has no node for", () => {
    const emulator = new FigJamEmulator();
    emulator.addUserNodes([userSticky("a")]);
    expect(() => emulator.addUserNodes([userSticky("a")])).toThrow("already has a node a");
    expect(() =>
      emulator.addUserNodes([userSticky("card", { kind: "card", platformType: "card" })]),
    ).toThrow("FigJam has no node for card card");
    expect(emulator.records()).toHaveLength(1);
  });
});
