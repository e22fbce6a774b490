import { describe, expect, it } from "vitest";
import { JOURNEY_SCHEMA_VERSION, type Journey } from "../../core/model/journey";
import { EMPTY_HEADER } from "../../core/model/workshop-header";
import { boardLanguage } from "./board-language";

/** A journey of these notes and nothing else. */
function read(notes: string[]): { journey: Journey } {
  const journey: Journey = {
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    header: EMPTY_HEADER,
    stages: [],
    lanes: [],
    notes: notes.map((text, i) => ({
      id: `n${i}`,
      text,
      colour: null,
      rawColour: null,
      colourDistance: 0,
      x: 0,
      y: i * 10,
      width: 100,
      height: 100,
      itemKind: "sticky",
      parentId: null,
    })),
    placements: [],
    unplaced: [],
  };
  return { journey };
}

const swedish = read(["Kunden väntar på svar", "Det tar för lång tid", "Vi ringer upp kunden"]);
const danish = read(["Kunden venter på svar", "Hvad gør vi nu"]);

describe("boardLanguage", () => {
  it("is the language --lang asks for, whatever the board is written in", () => {
    expect(boardLanguage([swedish], "da")).toBe("da");
  });

  it("is the language of the journey with the most notes, the first of equals", () => {
    expect(boardLanguage([danish, swedish], undefined)).toBe("sv");
    expect(boardLanguage([swedish, danish], undefined)).toBe("sv");
    expect(boardLanguage([danish, read(["Kunden venter", "Det tager tid"])], undefined)).toBe("da");
  });

  it("is English for a board without journeys or words", () => {
    expect(boardLanguage([], undefined)).toBe("en");
    expect(boardLanguage([read([])], undefined)).toBe("en");
  });
});
