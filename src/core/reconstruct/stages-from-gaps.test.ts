import { describe, expect, it } from "vitest";
import type { Note } from "../model/note";
import { stagesFromGaps } from "./stages-from-gaps";

function note(x: number, colour: Note["colour"] = "miro:yellow", width = 200): Note {
  return {
    id: `n${x}`,
    text: "",
    colour,
    rawColour: null,
    colourDistance: 0,
    x,
    y: 0,
    width,
    height: 228,
    itemKind: "sticky",
    parentId: null,
  };
}

describe("stagesFromGaps", () => {
  it("parts stages where half a note of space opens, whatever their widths", () => {
    // A stage three columns wide, one a column wide, one two columns wide.
    const notes = [0, 220, 440, 900, 1360, 1580].map((x) => note(x));
    const bands = stagesFromGaps(notes, 200);
    expect(bands).toHaveLength(3);
    expect(bands.map((b) => notes.filter((n) => n.x >= b.start && n.x <= b.end).length)).toEqual([
      3, 1, 2,
    ]);
  });

  it("keeps a stage together when a note slips across its edge", () => {
    const notes = [0, 0, 0, 60, 500, 500, 500].map((x) => note(x));
    const bands = stagesFromGaps(notes, 200);
    expect(bands).toHaveLength(2);
    expect(bands[0]?.end).toBeGreaterThan(60);
  });

  it("leaves a parking lot of questions, or a group far off, outside every stage", () => {
    const grid = [0, 500, 1000].map((x) => note(x));
    const questions = [1500, 1500].map((x) => note(x, "miro:gray"));
    const isQuestion = (n: Note) => n.colour === "miro:gray";
    expect(stagesFromGaps([...grid, ...questions], 200, isQuestion)).toHaveLength(3);
    const far = [5000, 5000].map((x) => note(x));
    const bands = stagesFromGaps([...grid, ...far], 200);
    expect(bands).toHaveLength(3);
    expect(bands[2]?.end).toBeLessThan(5000);
  });

  it("reads one stage from notes that stand close together", () => {
    expect(stagesFromGaps([note(0), note(210), note(420)], 200)).toEqual([
      { start: -100, end: 520 },
    ]);
    expect(stagesFromGaps([], 200)).toEqual([]);
  });
});
