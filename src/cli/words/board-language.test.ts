import { describe, expect, it } from "vitest";
import { textJourney } from "../../fixtures/journeys";
import { boardLanguage, LANGUAGE_SAMPLE } from "./board-language";

/** A journey of these notes and nothing else. */
const read = (notes: string[]) => ({ journey: textJourney(notes) });

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

  it("tells a journey bigger than its sample from notes spread over all of it", () => {
    const english = Array.from(
      { length: LANGUAGE_SAMPLE * 2 },
      () => "The customer waits for an answer",
    );
    const swedish = Array.from(
      { length: LANGUAGE_SAMPLE * 3 },
      () => "Kunden väntar på svar från kundtjänst",
    );
    // The first sample's worth of notes is English; most of the journey, spread over it, is not.
    expect(boardLanguage([read([...english, ...swedish])], undefined)).toBe("sv");
    expect(boardLanguage([read([...swedish, ...english])], undefined)).toBe("sv");
  });
});
