import { describe, expect, it } from "vitest";
import { swedishJourney } from "../../fixtures/journeys";
import type { Language } from "../lexicon/lane-words";
import { summarizeJourney } from "../summary/summarize-journey";
import { journeyExtent } from "./journey-extent";
import { summaryItems } from "./summary-items";

/** Stage 1 has one pain and one gain, stage 2 two pains and no gain, stage 3 two gains. */
const JOURNEY = swedishJourney([
  [0, "pain", "Slow"],
  [0, "gain", "Kind"],
  [1, "pain", "Dear"],
  [1, "pain", "Late"],
  [2, "gain", "Quick"],
  [2, "gain", "Clear"],
]);

/** The first line of each stage summary written on the board: counts and feeling. */
function countLines(language: Language): string[] {
  const summary = summarizeJourney(JOURNEY, language);
  return summaryItems(JOURNEY, summary, journeyExtent(JOURNEY))
    .filter((item) => item.key.role === "stage-summary")
    .map((item) => item.text.split("\n")[0] ?? "");
}

describe("summaryItems", () => {
  it("counts each stage's pains and gains with the nouns in their number", () => {
    expect(countLines("en")).toEqual([
      "Behov: 1 pain point, 1 gain · feelings 0.0",
      "Köp: 2 pain points, 0 gains · feelings −2.0",
      "Leverans: 0 pain points, 2 gains · feelings +2.0",
    ]);
    expect(countLines("sv")).toEqual([
      "Behov: 1 smärtpunkt, 1 glädjeämne · känslor 0,0",
      "Köp: 2 smärtpunkter, 0 glädjeämnen · känslor −2,0",
      "Leverans: 0 smärtpunkter, 2 glädjeämnen · känslor +2,0",
    ]);
    expect(countLines("da")).toEqual([
      "Behov: 1 smertepunkt, 1 glæde · følelser 0,0",
      "Köp: 2 smertepunkter, 0 glæder · følelser −2,0",
      "Leverans: 0 smertepunkter, 2 glæder · følelser +2,0",
    ]);
  });
});
