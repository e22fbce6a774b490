import { describe, expect, it } from "vitest";
import { EXPORT_TARGETS } from "../../core/export/export-journey";
import { reasonText, reportText } from "./report-text";
import { WORDS } from "./words";

/** Every key path of a words object, functions counted as leaves. */
function keyPaths(value: unknown, at = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [at];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, `${at}.${key}`));
}

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
});
