import { describe, expect, it } from "vitest";
import { textJourney as journey } from "../../fixtures/journeys";
import { journeyLanguage, journeyLanguageReading } from "./journey-language";

describe("journeyLanguage", () => {
  it("reads short Danish notes without æ or ø as Danish", () => {
    const board = journey(["Kunden venter på svar", "Hvad gør vi nu", "Det tager for lang tid"]);
    expect(journeyLanguage(board)).toBe("da");
  });

  it("reads Danish written with å only, under colour lanes with no titles", () => {
    const board = journey(["Ingen ringer tilbage", "Hvornår kommer pakken?", "Godt personale"], {
      lanes: [null, null],
    });
    expect(journeyLanguageReading(board)).toMatchObject({ language: "da" });
  });

  it("reads Swedish notes without ä or ö as Swedish", () => {
    expect(journeyLanguage(journey(["Kunden vill ha svar", "Inget svar", "Bra service"]))).toBe(
      "sv",
    );
  });

  it("reads the stage titles, lane titles and header as well as the notes", () => {
    const bare = journey(["NPS", "App"]);
    expect(journeyLanguageReading(bare)).toEqual({
      language: "en",
      confidence: 0,
      votes: { en: 0, sv: 0, da: 0 },
    });
    expect(journeyLanguage(journey(["NPS"], { stages: ["Søge info", "Køb"] }))).toBe("da");
    expect(journeyLanguage(journey(["NPS"], { lanes: ["Kundens steg", "Känslor"] }))).toBe("sv");
    expect(journeyLanguage(journey(["NPS"], { title: "Hvordan kunden oplever det" }))).toBe("da");
  });

  it("reads an English board with Scandinavian names as English", () => {
    const board = journey([
      "Søren calls the support line",
      "Åsa from Malmö compares the offers",
      "Jørgen is waiting for the invoice",
    ]);
    expect(journeyLanguage(board)).toBe("en");
  });

  it("gives a mixed board the language of most of its notes", () => {
    const danish = ["Kunden venter", "Ikke godt nok", "Hvem ringer?", "For lang ventetid"];
    const english = ["Nobody calls back", "The price is not clear", "Where is my order?"];
    expect(journeyLanguage(journey([...danish, ...english]))).toBe("da");
    expect(journeyLanguage(journey([...english, danish[0] as string]))).toBe("en");
  });

  it("reads an empty board as English", () => {
    expect(journeyLanguage(journey([]))).toBe("en");
  });
});
