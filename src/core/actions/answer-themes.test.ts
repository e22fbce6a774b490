import { describe, expect, it } from "vitest";
import { JOURNEY_SCHEMA_VERSION, type Journey } from "../model/journey";
import { EMPTY_HEADER } from "../model/workshop-header";
import { journeyThemes } from "./answer-themes";
import { meaningfulWords } from "./answer-words";

/** A journey of as many stages as texts given, each stage's notes written in it. */
function journey(stages: readonly (readonly string[])[]): Journey {
  const written = stages.flatMap((texts, stage) => texts.map((text) => ({ text, stage })));
  return {
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    header: EMPTY_HEADER,
    stages: stages.map((_, s) => ({
      title: `S${s}`,
      band: { start: s * 1000, end: s * 1000 + 1000 },
    })),
    lanes: [{ kind: "pain", title: null, band: null }],
    notes: written.map((w, i) => ({
      id: `n${i}`,
      text: w.text,
      colour: null,
      rawColour: null,
      colourDistance: 0,
      x: w.stage * 1000 + 100,
      y: i * 10,
      width: 100,
      height: 100,
      itemKind: "sticky" as const,
      parentId: null,
    })),
    placements: written.map((w, i) => ({
      noteId: `n${i}`,
      stage: w.stage,
      lane: "pain" as const,
      confidence: 0.9,
    })),
    unplaced: [],
  };
}

const themes = (stages: readonly (readonly string[])[], text: string) => {
  const isTheme = journeyThemes(journey(stages));
  return meaningfulWords(text)
    .filter(isTheme)
    .map((w) => w.word);
};

describe("journeyThemes", () => {
  it("takes the words the notes of more than half the stages use, in any form", () => {
    const stages = [
      ["Realises the broadband has to move"],
      ["Looks for a moving form"],
      ["Picks a date for the move", "The router is late"],
      ["Double bill"],
      ["Calls support"],
    ];
    expect(themes(stages, "Router delivered before the move")).toEqual(["move"]);
    expect(themes(stages, "Moving the router")).toEqual(["moving"]);
  });

  it("takes none from half the stages, nor from a journey of fewer than three", () => {
    expect(themes([["Move"], ["Move"], ["Bill"], ["Bill"]], "Move the bill")).toEqual([]);
    expect(themes([["Move"], ["Move"]], "Move")).toEqual([]);
    expect(themes([["Move"], ["Move"], ["Move"]], "Move")).toEqual(["move"]);
  });

  it("takes a word inflected, not as part of a compound, in Swedish and Danish too", () => {
    const sv = [["Flyttar bredbandet"], ["Flytten strular"], ["Fakturan efter flytten"]];
    expect(themes(sv, "Flyttguide i appen")).toEqual([]);
    expect(themes(sv, "Påminn om flytt")).toEqual(["flytt"]);
    const da = [["Lang kø"], ["Køen er lang"], ["Kø ved kassen"]];
    expect(themes(da, "Færre i køen")).toEqual(["køen"]);
  });
});
