import { describe, expect, it } from "vitest";
import { DEFAULT_LEGEND } from "../legend/default-legend";
import type { Legend } from "../legend/legend";
import { journeyLegend } from "./journey-legend";

const own = {
  entries: [{ colour: "miro:yellow", meaning: "pain" }],
  itemIds: new Map<string, string>(),
} as const;
const user: Legend = {
  schemaVersion: 1,
  name: "Mine",
  entries: [
    { colour: "miro:yellow", meaning: "kpi" },
    { colour: "miro:red", meaning: "question" },
  ],
};

describe("journeyLegend", () => {
  it("lays the user's legend over the board's, changing only the colours it names", () => {
    const read = journeyLegend(
      {
        ...own,
        entries: [
          { colour: "miro:yellow", meaning: "pain" },
          { colour: "miro:blue", meaning: "gain" },
        ],
      },
      { platform: "miro", legend: user },
    );
    expect(read.legendSource).toBe("user");
    expect(read.legend.name).toBe("Mine");
    const meaning = (colour: string) => read.legend.entries.filter((e) => e.colour === colour);
    expect(meaning("miro:yellow")).toEqual([{ colour: "miro:yellow", meaning: "kpi" }]);
    expect(meaning("miro:red")).toEqual([{ colour: "miro:red", meaning: "question" }]);
    expect(meaning("miro:blue")).toEqual([{ colour: "miro:blue", meaning: "gain" }]);
    expect(meaning("miro:green")).toEqual([{ colour: "miro:green", meaning: "gain" }]);
    expect(read.legend.entries.length).toBe(DEFAULT_LEGEND.entries.length);
  });

  it("lays the user's legend over the default where the board draws none", () => {
    const read = journeyLegend(null, { platform: "miro", board: [], legend: user });
    const violet = read.legend.entries.filter((e) => e.colour === "miro:violet");
    expect(violet).toEqual([{ colour: "miro:violet", meaning: "thought" }]);
    expect(read.legend.entries.slice(0, 2)).toEqual(user.entries);
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
