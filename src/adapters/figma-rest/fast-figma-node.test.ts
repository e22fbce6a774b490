import { describe, expect, it } from "vitest";
import { generateBoard } from "../../corpus/generate-board";
import file from "../../fixtures/figma/workshop-file.json";
import { fastFigmaNodeOk } from "./fast-figma-node";
import { FigmaNodeSchema } from "./figma-rest-schema";

type Node = Record<string, unknown>;

describe("fastFigmaNodeOk", () => {
  it("accepts the nodes of real and generated files, which the schema accepts", async () => {
    const board = await generateBoard({
      kind: "frames",
      mess: "heavy",
      platform: "figjam",
      seed: 5,
    });
    const pages = [
      ...file.document.children,
      ...(board.file as { document: { children: Node[] } }).document.children,
    ];
    for (const pageNode of pages) {
      expect(fastFigmaNodeOk(pageNode)).toBe(true);
      expect(FigmaNodeSchema.safeParse(pageNode).success).toBe(true);
    }
  });

  const sticky: Node = {
    id: "1:2",
    type: "STICKY",
    characters: "Lang ventetid",
    fills: [{ type: "SOLID", color: { r: 1, g: 0.7, b: 0.6, a: 1 } }],
    absoluteBoundingBox: { x: 0, y: 0, width: 240, height: 240 },
  };

  it.each([
    ["an id that is a number", { id: 3 }],
    ["characters that are not text", { characters: ["a"] }],
    ["a colour without alpha", { fills: [{ type: "SOLID", color: { r: 1, g: 1, b: 1 } }] }],
    ["a box without a height", { absoluteBoundingBox: { x: 0, y: 0, width: 1 } }],
    ["plugin data that is not text", { sharedPluginData: { journey_mapper: { mark: 1 } } }],
    ["a child that is not a node", { children: [{ id: "x" }] }],
    [
      "an endless box",
      { absoluteBoundingBox: { x: Number.POSITIVE_INFINITY, y: 0, width: 1, height: 1 } },
    ],
  ])("leaves a node with %s to the schema, which rejects it too", (_, change) => {
    const node = { ...sticky, ...change };
    expect(fastFigmaNodeOk(node)).toBe(false);
    expect(FigmaNodeSchema.safeParse(node).success).toBe(false);
  });

  it("accepts a plain sticky", () => {
    expect(fastFigmaNodeOk(sticky)).toBe(true);
    expect(FigmaNodeSchema.safeParse(sticky).success).toBe(true);
  });
});
