import { describe, expect, it } from "vitest";
import { languageOfLocale } from "./language-of-locale";

describe("the panel's language from the host's locale", () => {
  it.each([
    ["sv-SE", "sv"],
    ["sv", "sv"],
    ["SV_fi", "sv"],
    ["da", "da"],
    ["da-DK", "da"],
    ["nb-NO", "en"],
    ["en-GB", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("%s reads as %s", (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });
});
