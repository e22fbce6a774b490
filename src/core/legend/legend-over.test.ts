import { describe, expect, it } from "vitest";
import { DEFAULT_LEGEND } from "./default-legend";
import { legendOver } from "./legend-over";

describe("legendOver", () => {
  it("changes only the colours the upper legend names", () => {
    const legend = legendOver(DEFAULT_LEGEND, [{ colour: "miro:yellow", meaning: "pain" }], "Mine");
    expect(legend.name).toBe("Mine");
    expect(legend.entries.filter((e) => e.colour === "miro:yellow")).toEqual([
      { colour: "miro:yellow", meaning: "pain" },
    ]);
    expect(legend.entries.filter((e) => e.colour === "miro:red")).toEqual([
      { colour: "miro:red", meaning: "pain" },
    ]);
    expect(legend.entries.length).toBe(DEFAULT_LEGEND.entries.length);
  });

  it("adds nothing and drops nothing when the upper legend is empty", () => {
    expect(legendOver(DEFAULT_LEGEND, []).entries).toEqual(DEFAULT_LEGEND.entries);
  });
});
