import { describe, expect, it } from "vitest";
import type { BoardItem } from "../board/board-item";
import { drawnLegend } from "./drawn-legend";

let next = 0;
const item = (
  kind: BoardItem["kind"],
  text: string,
  fill: string | null,
  y: number,
): BoardItem => ({
  id: `d${++next}`,
  kind,
  platformType: kind,
  text,
  fill,
  x: 3000,
  y,
  width: kind === "sticky" ? 199 : 300,
  height: kind === "sticky" ? 228 : 80,
  rotation: 0,
  parentId: null,
  mark: null,
});

describe("drawnLegend", () => {
  it("reads the board's legend, over the default for the colours it leaves out", () => {
    const legend = drawnLegend(
      [
        item("text", "Legend", null, -100),
        item("sticky", "Pain points", "yellow", 100),
        item("sticky", "Customer steps", "blue", 350),
        item("sticky", "A note elsewhere", "red", 2000),
      ],
      "miro",
    );
    const meaning = (colour: string) =>
      legend?.entries.find((entry) => entry.colour === colour)?.meaning;
    expect(legend?.name).toBe("Board");
    expect([meaning("miro:yellow"), meaning("miro:blue"), meaning("miro:red")]).toEqual([
      "pain",
      "step",
      "pain",
    ]);
  });

  it("is null for a board that draws no legend", () => {
    expect(drawnLegend([item("sticky", "Pain points", "yellow", 100)], "miro")).toBeNull();
  });
});
