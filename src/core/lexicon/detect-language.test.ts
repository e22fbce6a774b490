import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

describe("detectLanguage: the board's language", () => {
  it("reads a Danish board whose notes have no æ or ø", () => {
    const reading = detectLanguage({
      texts: ["Kunden venter på svar", "Hvad gør vi nu", "Det tager for lang tid", "Ingen svar"],
    });
    expect(reading.language).toBe("da");
    expect(reading.votes.da).toBe(3.5);
    expect(reading.votes.sv).toBe(0.5);
  });

  it("reads a Swedish board whose notes have no ä or ö", () => {
    const reading = detectLanguage({
      texts: ["Kunden vill ha svar", "Vi borde ringa tillbaka", "Inget svar", "Bra personal"],
    });
    expect(reading.language).toBe("sv");
  });

  it("reads an English board with Scandinavian names as English", () => {
    const reading = detectLanguage({
      texts: [
        "Call Søren about the invoice",
        "Meeting with Åsa in Malmö",
        "Björn owns the budget",
        "Ask Jørgen what the price is",
      ],
    });
    expect(reading.language).toBe("en");
    // A name opening a note is read as a word: "Björn owns the budget" is half Swedish.
    expect(reading.votes).toEqual({ en: 3.5, sv: 0.5, da: 0 });
  });

  it("reads an English board with a few borrowed words as English", () => {
    const texts = ["The customer says tak and leaves", "Fika with the team", "We need hygge"];
    expect(detectLanguage({ texts }).language).toBe("en");
  });

  it("gives a mixed board the language most of its texts are in, however long each is", () => {
    const danish = ["Kunden venter", "Hvad nu", "Ikke godt", "Lang ventetid", "Hvem ringer?"];
    const english = [
      "The customer is waiting for the delivery and nobody answers the phone",
      "We should tell them about the price before they order",
      "Why is the form so long and what do they need it for",
    ];
    expect(detectLanguage({ texts: [...danish, ...english] }).language).toBe("da");
    expect(detectLanguage({ texts: [...danish.slice(0, 2), ...english] }).language).toBe("en");
  });

  it("reads an empty board, or one whose words tell nothing, as English with no confidence", () => {
    expect(detectLanguage({})).toEqual({
      language: "en",
      confidence: 0,
      votes: { en: 0, sv: 0, da: 0 },
    });
    expect(detectLanguage({ texts: ["NPS", "123", "", null] }).confidence).toBe(0);
    expect(detectLanguage({ texts: ["NPS", "123"] }).language).toBe("en");
  });

  it("counts a lane label, and a stage title, as half a note", () => {
    const labels = detectLanguage({ labels: ["Kundens trin", "Smertepunkter"] });
    expect(labels).toMatchObject({ language: "da", votes: { en: 0, sv: 0, da: 1 } });
    // "Behov" is Swedish and Danish alike; "KPI" is no language's: its words tell nothing.
    expect(detectLanguage({ labels: ["Behov"] }).votes).toEqual({ en: 0, sv: 0.25, da: 0.25 });
    expect(detectLanguage({ labels: ["KPI"] }).votes).toEqual({ en: 0, sv: 0, da: 0 });
    expect(detectLanguage({ titles: ["Hvad sker der"] }).votes).toEqual({ en: 0, sv: 0, da: 0.5 });
  });

  it("gives Danish notes under a template's English titles and labels a Danish reading", () => {
    const reading = detectLanguage({
      labels: ["Customer actions", "Touchpoints", "Pain points", "Opportunities"],
      titles: ["Need", "Research", "Buy", "Delivery"],
      texts: [
        "Kunden venter",
        "Ikke godt nok",
        "Hvem ringer?",
        "For lang ventetid",
        "Hvad koster det?",
        "Vi skal ringe tilbage",
      ],
    });
    expect(reading.language).toBe("da");
  });

  it("reads words Swedish and Danish share, and no letter to tell them, as Danish, unsure", () => {
    expect(detectLanguage({ texts: ["Det som kan", "Kunden har svar"] })).toEqual({
      language: "da",
      confidence: 0,
      votes: { en: 0, sv: 1, da: 1 },
    });
  });

  it("grows surer with more texts that agree", () => {
    const one = detectLanguage({ texts: ["Kunden venter på svar"] });
    const many = detectLanguage({ texts: Array(10).fill("Kunden venter på svar") });
    expect(one.confidence).toBe(0.2);
    expect(many.confidence).toBe(1);
    const split = detectLanguage({
      texts: [...Array(6).fill("og ikke"), ...Array(4).fill("och inte")],
    });
    expect(split.confidence).toBe(0.2);
  });

  it("reads a large board from an even sample of its texts", () => {
    // 40 000 notes, two in three Danish, spread over the board: the sample keeps the share.
    const texts = Array.from({ length: 40_000 }, (_, i) =>
      i % 3 === 2 ? "We wait for the answer" : "Vi venter stadig",
    );
    const reading = detectLanguage({ texts });
    expect(reading.language).toBe("da");
    expect(reading.votes.da + reading.votes.en).toBe(2000);
  });
});
