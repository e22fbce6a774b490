import { describe, expect, it } from "vitest";
import { dragPlan } from "./drag-plan";
import { boardItem } from "./test-items";

describe("dragPlan", () => {
  const items = [
    boardItem({ id: "f", kind: "frame" }),
    boardItem({ id: "g", kind: "frame", parentId: "f" }),
    boardItem({ id: "a", parentId: "f" }),
    boardItem({ id: "b", parentId: "g" }),
    boardItem({ id: "loose" }),
    boardItem({ id: "c", kind: "connector", ends: { from: "a", to: "loose" } }),
  ];

  it("moves a frame with everything inside it, however deep", () => {
    expect(dragPlan(items, ["f"])).toEqual({ roots: ["f"], carried: ["f", "g", "a", "b"] });
  });

  it("tells the board once about a note picked along with its frame", () => {
    expect(dragPlan(items, ["a", "f", "loose"])).toEqual({
      roots: ["f", "loose"],
      carried: ["f", "g", "a", "b", "loose"],
    });
  });

  it("leaves out connectors and ids no longer on the board", () => {
    expect(dragPlan(items, ["c", "gone", "b"])).toEqual({ roots: ["b"], carried: ["b"] });
  });

  it("survives frames that hold each other in a loop", () => {
    const looped = [
      boardItem({ id: "x", kind: "frame", parentId: "y" }),
      boardItem({ id: "y", kind: "frame", parentId: "x" }),
    ];
    expect(dragPlan(looped, ["x"]).roots).toEqual(["x"]);
  });
});
