import { describe, expect, expectTypeOf, it } from "vitest";
import { EXPORT_TARGETS } from "../../core/export/export-journey";
import type { Language } from "../../core/lexicon/lane-words";
import { en } from "./en";
import { errorText, reasonText, reportText } from "./report-text";
import { cachedWordsLoader, LANGUAGE_NAMES, loadWords } from "./words";

const LANGUAGES = Object.keys(LANGUAGE_NAMES) as Language[];
const WORDS = {
  en: await loadWords("en"),
  sv: await loadWords("sv"),
  da: await loadWords("da"),
};

/** Every key path of a words object, functions counted as leaves. */
function keyPaths(value: unknown, at = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [at];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, `${at}.${key}`));
}

describe("loading the panel's words", () => {
  it("loads each language's own words", async () => {
    const words = await Promise.all(LANGUAGES.map(loadWords));
    expect(words.map((said) => said.panel.language)).toEqual([
      "Panel language",
      "Panelens språk",
      "Panelets sprog",
    ]);
    expect(words[0]).toBe(en);
  });

  it("hands out the same words object each time", async () => {
    const first = loadWords("da");
    expect(loadWords("da")).toBe(first);
    expect(await loadWords("da")).toBe(await first);
  });

  it("forgets a failed fetch, so asking again fetches again", async () => {
    const fetches: Language[] = [];
    let online = false;
    const fetch = (language: Language) => async () => {
      fetches.push(language);
      if (!online) throw new TypeError("Failed to fetch dynamically imported module");
      return en;
    };
    const load = cachedWordsLoader({ en: fetch("en"), sv: fetch("sv"), da: fetch("da") });
    await expect(load("sv")).rejects.toThrow("Failed to fetch");
    online = true;
    expect(await load("sv")).toBe(en);
    expect(await load("sv")).toBe(en);
    expect(fetches).toEqual(["sv", "sv"]);
  });

  it("takes only the panel's languages: another does not compile", () => {
    expectTypeOf(loadWords).parameter(0).toEqualTypeOf<"en" | "sv" | "da">();
    // Never called: `tsc` checks that German is refused.
    // @ts-expect-error: the panel has no words in German.
    const german = () => loadWords("de");
    expect(german).toBeTypeOf("function");
    expect(LANGUAGES).toEqual(["en", "sv", "da"]);
  });
});

describe("the panel's words", () => {
  it("has every English key in Swedish and Danish, and a label for every export target", () => {
    const en = keyPaths(WORDS.en).sort();
    expect(keyPaths(WORDS.sv).sort()).toEqual(en);
    expect(keyPaths(WORDS.da).sort()).toEqual(en);
    for (const words of Object.values(WORDS)) {
      for (const target of EXPORT_TARGETS)
        expect(words.exporting.targets[target].label).not.toBe("");
    }
  });

  it("reports a write-back in plain words", () => {
    const written = {
      kind: "written",
      part: "summaries",
      stages: 6,
      created: 7,
      updated: 0,
      removed: 0,
    } as const;
    expect(reportText(WORDS.en, written)).toBe(
      "Wrote 6 stage summaries and a headline: 7 new, 0 changed, 0 removed.",
    );
    expect(reportText(WORDS.sv, written)).toBe(
      "Skrev 6 fassammanfattningar och en rubrik: 7 nya, 0 ändrade, 0 borttagna.",
    );
    expect(reportText(WORDS.da, { ...written, created: 0 })).toBe(
      "Intet at ændre: tavlen viser allerede dette.",
    );
    expect(reportText(WORDS.en, { kind: "template-placed", created: 1 })).toBe(
      "Template placed: 1 item.",
    );
    expect(
      reportText(WORDS.da, { kind: "legend-saved", colour: "miro:light_blue", meaning: "pain" }),
    ).toBe("Gemt for tavlen: lyseblå betyder nu ”Smertepunkter”. Tavlen er analyseret igen.");
  });

  it("retells why a note is not placed in each language", () => {
    const reason = { kind: "outside", clause: "meaningless-colour", colour: "black" } as const;
    expect(reasonText(WORDS.en, reason)).toBe(
      "It lies outside every stage, and its colour (black) means nothing in the legend.",
    );
    expect(reasonText(WORDS.sv, reason)).toBe(
      "Lappen ligger utanför alla faser, och dess färg (svart) betyder ingenting i teckenförklaringen.",
    );
    expect(reasonText(WORDS.da, { kind: "no-stages", clause: "no-colour", colour: null })).toBe(
      "Tavlen har ingen faser at placere sedlen i, og den har ingen farve at læse en række ud fra.",
    );
  });

  it("says one and many as each language does", () => {
    const analysed = (placed: number, unplaced: number) =>
      ({ kind: "analysed", placed, unplaced }) as const;
    expect(reportText(WORDS.sv, analysed(1, 1))).toBe(
      "Analysen är klar: 1 lapp placerad, 1 inte placerad.",
    );
    expect(reportText(WORDS.sv, analysed(2, 0))).toBe(
      "Analysen är klar: 2 lappar placerade, 0 inte placerade.",
    );
    expect(reportText(WORDS.da, analysed(1, 2))).toBe(
      "Analysen er færdig: 1 seddel placeret, 2 ikke placeret.",
    );
    expect([WORDS.sv.analyse.selected(1), WORDS.sv.analyse.selected(2)]).toEqual([
      "(1 markerad)",
      "(2 markerade)",
    ]);
    expect([WORDS.sv.analyse.uncertainCell(1), WORDS.da.analyse.uncertainCell(1)]).toEqual([
      "1 osäker",
      "1 usikker",
    ]);
    expect(WORDS.sv.report.changes(1, 1, 1)).toBe("1 ny, 1 ändrad, 1 borttagen.");
    expect(WORDS.da.report.changes(1, 1, 1)).toBe("1 ny, 1 ændret, 1 fjernet.");
    expect(WORDS.da.report.changes(2, 0, 3)).toBe("2 nye, 0 ændrede, 3 fjernede.");
  });

  it("puts an unknown error's own words inside the sentence, with one full stop", () => {
    const error = { kind: "unknown", message: "The board went away." } as const;
    expect(errorText(WORDS.en, error)).toBe(
      "Something went wrong: The board went away. Try again; if it keeps happening, reload the panel.",
    );
    expect(errorText(WORDS.sv, { kind: "unknown", message: "" })).toBe(
      "Något gick fel. Försök igen; om det fortsätter, ladda om panelen.",
    );
  });
});
