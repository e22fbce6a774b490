import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { chooseFormat, chooseLanguage } from "./option-values";

describe("chooseLanguage", () => {
  it("takes a code in any case, a language's name in English or in itself, or a locale", () => {
    expect(["en", "EN", "English", "en-GB", "en-us"].map(chooseLanguage)).toEqual(
      Array(5).fill("en"),
    );
    expect(["sv", "Swedish", "svenska", "sv-SE"].map(chooseLanguage)).toEqual(Array(4).fill("sv"));
    expect(["DA", "danish", "Dansk", "da-DK"].map(chooseLanguage)).toEqual(Array(4).fill("da"));
  });

  it("refuses a country code, which names no language here", () => {
    expect(() => chooseLanguage("se")).toThrow(
      new CliError('--lang: "se" is not a language; use en, sv or da', 2),
    );
    expect(() => chooseLanguage("dk")).toThrow('--lang: "dk" is not a language; use en, sv or da');
  });
});

describe("chooseFormat", () => {
  it("takes json, md or markdown in any case", () => {
    expect(["json", "JSON", "md", "Markdown"].map(chooseFormat)).toEqual([
      "json",
      "json",
      "md",
      "md",
    ]);
    expect(() => chooseFormat("csv")).toThrow('--format: "csv" is not a format; use json or md');
  });
});
