import { describe, expect, it } from "vitest";
import { boardItem } from "./test-items";
import { itemsToHighlight, MAX_HIGHLIGHTED } from "./view-highlight";

describe("itemsToHighlight", () => {
  it("flashes the note brought into view, not the frame around it", () => {
    const items = [
      boardItem({ id: "f", kind: "frame", x: 0, y: 0, width: 2000, height: 2000 }),
      boardItem({ id: "n", x: 100, y: 100, width: 200, height: 200 }),
      boardItem({ id: "m", x: 400, y: 100, width: 200, height: 200 }),
    ];
    expect(itemsToHighlight(items, { x: 0, y: 0, width: 200, height: 200 }, "miro")).toEqual(["n"]);
  });

  it("flashes nothing when a whole region of many items comes into view", () => {
    const many = Array.from({ length: MAX_HIGHLIGHTED + 1 }, (_, i) =>
      boardItem({ id: `n${i}`, x: i * 10 }),
    );
    expect(itemsToHighlight(many, { x: -200, y: -200, width: 2000, height: 400 }, "miro")).toEqual(
      [],
    );
  });
});
