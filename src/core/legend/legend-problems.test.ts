import { describe, expect, it } from "vitest";
import { legendProblems } from "./legend-problems";

const noGuess = () => undefined;

describe("legendProblems", () => {
  it("finds nothing wrong in a right legend, or in one of no entries", () => {
    const entries = [{ colour: "figjam:teal", meaning: "stage-header" }];
    expect(legendProblems({ schemaVersion: 1, entries }, noGuess)).toEqual([]);
    expect(legendProblems({ schemaVersion: 1, entries: [] }, noGuess)).toEqual([]);
  });

  it("quotes an unknown colour and guesses the platform's name for a colour word", () => {
    const problems = legendProblems(
      {
        schemaVersion: 1,
        entries: [
          { colour: "miro:purple", meaning: "pain" },
          { colour: "grey", meaning: "pain" },
        ],
      },
      noGuess,
    );
    expect(problems.map((p) => [p.path, p.found, p.suggestion])).toEqual([
      [["entries", 0, "colour"], "miro:purple", "miro:violet"],
      [["entries", 1, "colour"], "grey", "miro:gray"],
    ]);
    expect(problems[0]?.problem).toMatch(
      /^is not a colour; use miro:<name> \(gray, .* or figjam:<name> \(white, /,
    );
  });

  it("guesses the nearest name on the platform for a mistyped colour", () => {
    const problems = legendProblems(
      {
        schemaVersion: 1,
        entries: [
          { colour: "miro:yelow", meaning: "pain" },
          { colour: "figjam:orang", meaning: "pain" },
        ],
      },
      // The guess is asked among the platform's own names: FigJam's have teal, Miro's cyan.
      (word, allowed) => {
        const guess = allowed.includes("teal") ? { orang: "orange" } : { yelow: "yellow" };
        return guess[word as keyof typeof guess];
      },
    );
    expect(problems.map((p) => p.suggestion)).toEqual(["miro:yellow", "figjam:orange"]);
  });

  it("lists the meanings for an unknown one, with the guess it is given", () => {
    const problems = legendProblems(
      { schemaVersion: 1, entries: [{ colour: "miro:red", meaning: "pains" }] },
      (word) => (word === "pains" ? "pain" : undefined),
    );
    expect(problems).toEqual([
      {
        path: ["entries", 0, "meaning"],
        found: "pains",
        problem:
          "is not a meaning; use one of step, touchpoint, thought, emotion, pain, gain, opportunity, action, kpi, question, stage-header, none",
        suggestion: "pain",
      },
    ]);
  });

  it("says what a legend is when the file is something else", () => {
    expect(legendProblems([1], noGuess)[0]?.problem).toMatch(/^a legend is an object/);
    expect(legendProblems({ schemaVersion: 2, entries: {} }, noGuess).map((p) => p.path)).toEqual([
      ["schemaVersion"],
      ["entries"],
    ]);
  });
});
