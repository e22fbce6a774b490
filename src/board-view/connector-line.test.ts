import { describe, expect, it } from "vitest";
import { connectorLines, sameLine } from "./connector-line";
import { boardItem } from "./test-items";

describe("connectorLines", () => {
  it("joins the centres of a connector's ends, and skips one with an end missing", () => {
    const items = [
      boardItem({ id: "a", x: 10, y: 20 }),
      boardItem({ id: "b", x: 300, y: -40 }),
      boardItem({ id: "c", kind: "connector", ends: { from: "a", to: "b" } }),
      boardItem({ id: "d", kind: "connector", ends: { from: "a", to: "gone" } }),
      boardItem({ id: "e", kind: "connector" }),
    ];
    const lines = connectorLines(items);
    expect(lines).toEqual([{ id: "c", x1: 10, y1: 20, x2: 300, y2: -40, mine: false }]);
    const [line] = lines;
    if (!line) throw new Error("no line");
    expect(sameLine(line, { ...line })).toBe(true);
    expect(sameLine(line, { ...line, x2: 301 })).toBe(false);
  });
});
