import { describe, expect, it } from "vitest";
import { swedishJourney } from "../../fixtures/journeys";
import type { Journey } from "../model/journey";
import { journeyMarkdown } from "./journey-markdown";

/** The Swedish fixture with a scope, a stage without a title, a note off the lanes and one not placed. */
function journey(): Journey {
  const base = swedishJourney([
    [0, "pain", "Lång kö"],
    [null, "pain", "Dyrt"],
  ]);
  return {
    ...base,
    header: { ...base.header, scopeStart: "behov", scopeEnd: "leverans" },
    stages: base.stages.map((s, i) => (i === 1 ? { ...s, title: null } : s)),
    unplaced: [
      { noteId: "n2", reason: "no colour and outside every lane" },
      { noteId: "n1", reason: "a stage title", role: "stage-header" },
    ],
  };
}

describe("journeyMarkdown", () => {
  it("writes its frame in the board's language: Swedish for a Swedish board", () => {
    const lines = journeyMarkdown(journey()).split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "# Köpa bil",
      "",
      "- **Mål:** Färre avhopp",
      "- **Avgränsning:** från behov till leverans",
    ]);
    expect(lines[5]).toBe("| | Behov | Fas 2 | Leverans |");
    expect(lines).toContain("| **Smärtpunkter** | Lång kö |  |  |");
    expect(lines).toContain("## Utanför faserna eller raderna");
    expect(lines).toContain("- Dyrt (ingen fas, smärtpunkter)");
    expect(lines).toContain("## Inte placerade");
    expect(lines).toContain("Lästes som tavlans struktur, inte som lappar: 1 fasrubrik.");
  });

  it("writes Danish or English when told", () => {
    const da = journeyMarkdown(journey(), "da");
    expect(da).toContain("- **Afgrænsning:** fra behov til leverans");
    expect(da).toContain("| | Behov | Fase 2 | Leverans |");
    expect(da).toContain("## Ikke placeret");
    const en = journeyMarkdown(journey(), "en");
    expect(en).toContain("- **Goal:** Färre avhopp");
    expect(en).toContain("| **Pain points** | Lång kö |  |  |");
    expect(en).toContain("- Dyrt (no stage, pain points)");
  });

  it("counts the structure notes with each noun in its number, in every language", () => {
    const base = journey();
    const structure: Journey = {
      ...base,
      unplaced: [
        { noteId: "n1", reason: "a stage title", role: "stage-header" },
        { noteId: "n2", reason: "a stage title", role: "stage-header" },
        { noteId: "n1", reason: "a legend swatch", role: "legend" },
      ],
    };
    expect(journeyMarkdown(structure, "sv")).toContain(": 2 fasrubriker, 1 teckenförklaringsruta.");
    expect(journeyMarkdown(structure, "da")).toContain(": 2 faseoverskrifter, 1 signaturfelt.");
    expect(journeyMarkdown(structure, "en")).toContain(": 2 stage header notes, 1 legend swatch.");
  });
});
