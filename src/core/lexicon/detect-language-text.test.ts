import { describe, expect, it } from "vitest";
import { textLanguageScores } from "./detect-language-text";

const winner = (text: string) => {
  const scores = textLanguageScores(text);
  const best = Math.max(scores.en, scores.sv, scores.da);
  const top = (["en", "sv", "da"] as const).filter((language) => scores[language] === best);
  return best > 0 && top.length === 1 ? top[0] : null;
};

describe("textLanguageScores: what one text's words tell", () => {
  it.each([
    ["Kunden venter på svar", "da"],
    ["Hvad gør vi nu", "da"],
    ["Hvad gor vi nu", "da"],
    ["Det tager for lang tid", "da"],
    ["Vi skal ringe tilbage samme dag", "da"],
    ["Kunden vill ha svar", "sv"],
    ["Det tar för lång tid", "sv"],
    ["Vi borde ringa tillbaka samma dag", "sv"],
    ["Jag vet inte vad jag ska göra", "sv"],
    ["The customer waits for an answer", "en"],
    ["What do we do now?", "en"],
    ["It takes too long", "en"],
  ] as const)("%j reads as %s", (text, language) => {
    expect(winner(text)).toBe(language);
  });

  it("weighs the words that tell Swedish from Danish above those they share", () => {
    expect(textLanguageScores("och")).toEqual({ en: 0, sv: 2, da: 0 });
    expect(textLanguageScores("og")).toEqual({ en: 0, sv: 0, da: 2 });
    expect(textLanguageScores("det")).toEqual({ en: 0, sv: 1, da: 1 });
    expect(textLanguageScores("the")).toEqual({ en: 2, sv: 0, da: 0 });
  });

  it("reads forms typed without å, ä, ö, æ, ø", () => {
    expect(textLanguageScores("ogsaa")).toEqual({ en: 0, sv: 0, da: 2 });
    expect(textLanguageScores("ocksa")).toEqual({ en: 0, sv: 2, da: 0 });
    expect(textLanguageScores("pa")).toEqual({ en: 0, sv: 1, da: 1 });
  });

  it("leaves a shared text undecided between Swedish and Danish, and out of English", () => {
    expect(textLanguageScores("Det som kan")).toEqual({ en: 0, sv: 3, da: 3 });
  });

  it("reads a capital I inside a sentence as English, a lower-case i as Swedish or Danish", () => {
    expect(textLanguageScores("Then I left")).toMatchObject({ en: 2 + 1.5 });
    expect(textLanguageScores("i")).toEqual({ en: 0, sv: 0.5, da: 0.5 });
  });

  it("reads no language into mentions and the app's own due: syntax", () => {
    expect(textLanguageScores("@hvad @och due:2026-12-01")).toEqual({ en: 0, sv: 0, da: 0 });
    expect(textLanguageScores("KPI:er")).toEqual({ en: 0, sv: 0, da: 0 });
  });

  it("weighs a name's letters inside a sentence at a quarter", () => {
    // "Söder" opening a text is a word; "Söder" after one is a name.
    expect(textLanguageScores("Söder").sv).toBe(1.5);
    expect(textLanguageScores("Ring Söder").sv).toBe(0.375);
  });
});
