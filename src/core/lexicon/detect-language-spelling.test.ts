import { describe, expect, it } from "vitest";
import { addSpellingCues } from "./detect-language-spelling";

const cues = (word: string, weight = 1) => {
  const scores = { en: 0, sv: 0, da: 0 };
  addSpellingCues(word, weight, scores);
  return scores;
};

describe("addSpellingCues: what an unlisted word's spelling tells", () => {
  it("reads ä and ö as Swedish, æ and ø as Danish, å as either", () => {
    expect(cues("kö")).toEqual({ en: 0, sv: 1.5, da: 0 });
    expect(cues("kø")).toEqual({ en: 0, sv: 0, da: 1.5 });
    expect(cues("båt")).toEqual({ en: 0, sv: 0.5, da: 0.5 });
  });

  it("tells Swedish from Danish by their endings", () => {
    expect(cues("möjlighet").sv).toBeGreaterThan(cues("möjlighet").da);
    expect(cues("mulighed")).toEqual({ en: 0, sv: 0, da: 1 });
    expect(cues("sedlerne")).toEqual({ en: 0, sv: 0, da: 1 });
    expect(cues("vilkårene")).toEqual({ en: 0, sv: 0.5, da: 1 });
    expect(cues("lapparna")).toEqual({ en: 0, sv: 1.3, da: 0 });
    expect(cues("ringde")).toEqual({ en: 0, sv: 0, da: 0 });
    expect(cues("irriterad")).toEqual({ en: 0, sv: 0.8, da: 0 });
    expect(cues("irriteret")).toEqual({ en: 0, sv: 0, da: 0.8 });
    expect(cues("nytt")).toEqual({ en: 0, sv: 0.5, da: 0 });
    expect(cues("vidt")).toEqual({ en: 0, sv: 0, da: 0.5 });
  });

  it("reads hv- and aa as Danish, a consonant before j as Scandinavian", () => {
    expect(cues("hvorledes").da).toBeGreaterThanOrEqual(1);
    expect(cues("aaben")).toEqual({ en: 0, sv: 0, da: 0.5 });
    expect(cues("hjem")).toEqual({ en: 0, sv: 0.5, da: 0.5 });
  });

  it("reads th, ph, qu, ou, -ly, -ness and -ed as English", () => {
    expect(cues("thanks").en).toBe(0.5);
    expect(cues("queue").en).toBe(0.5);
    expect(cues("quickly").en).toBe(1);
    expect(cues("loudness").en).toBe(1);
    expect(cues("booked").en).toBe(0.8);
    expect(cues("sikkerhed").en).toBe(0);
  });

  it("needs enough letters for an ending: a short word carries it by chance", () => {
    expect(cues("bar")).toEqual({ en: 0, sv: 0, da: 0 });
    expect(cues("letar")).toEqual({ en: 0, sv: 0, da: 0 });
    expect(cues("väntar")).toEqual({ en: 0, sv: 1.9, da: 0 });
  });

  it("scales every cue by the weight given (a name's letters say little)", () => {
    expect(cues("søren", 0.25)).toEqual({ en: 0, sv: 0, da: 0.375 });
  });

  it("reads words all three share as nothing", () => {
    expect(cues("data")).toEqual({ en: 0, sv: 0, da: 0 });
    expect(cues("app")).toEqual({ en: 0, sv: 0, da: 0 });
  });
});
