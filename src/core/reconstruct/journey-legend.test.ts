import { describe, expect, it } from "vitest";
import { DEFAULT_LEGEND } from "../legend/default-legend";
import type { Legend } from "../legend/legend";
import { journeyLegend } from "./journey-legend";

const own = {
  entries: [{ colour: "miro:yellow", meaning: "pain" }],
  itemIds: new Map<string, string>(),
} as const;
const user: Legend = { schemaVersion: 1, name: "Mine", entries: [] };

describe("journeyLegend", () => {
  it("takes the user's legend over the board's", () => {
    const read = journeyLegend(
      { ...own, entries: [...own.entries] },
      { platform: "miro", legend: user },
    );
    expect(read).toEqual({ legend: user, legendSource: "user" });
  });

  it("lays the board's own legend over the default: its colours take its meaning", () => {
    const read = journeyLegend({ ...own, entries: [...own.entries] }, { platform: "miro" });
    expect(read.legendSource).toBe("board");
    const yellow = read.legend.entries.filter((e) => e.colour === "miro:yellow");
    expect(yellow).toEqual([{ colour: "miro:yellow", meaning: "pain" }]);
    expect(read.legend.entries.length).toBe(DEFAULT_LEGEND.entries.length);
  });

  it("falls back to the default legend when neither the journey nor its board draws one", () => {
    const read = journeyLegend(null, { platform: "miro", board: [] });
    expect(read).toEqual({ legend: DEFAULT_LEGEND, legendSource: "default" });
  });
});
