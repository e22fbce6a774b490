import { describe, expect, it } from "vitest";
import { labelParts } from "./label-parts";

describe("labelParts", () => {
  it("sets aside the numbering teams put before a label", () => {
    expect(labelParts("3. Emotions")).toEqual({ stems: ["emotion"], notesFrom: 1 });
    expect(labelParts("C) Kanaler")).toEqual({ stems: ["kanal"], notesFrom: 1 });
    expect(labelParts("Stage 1")).toEqual({ stems: ["stag", "1"], notesFrom: 2 });
  });

  it("puts notes in parentheses and after a spaced dash after the label's own words", () => {
    expect(labelParts("Next steps (owner + date)")).toEqual({
      stems: ["next", "step", "own", "dat"],
      notesFrom: 2,
    });
    expect(labelParts("Problemer – hvad går galt?")).toEqual({
      stems: ["problem", "hvad", "går", "galt"],
      notesFrom: 1,
    });
    expect(labelParts("Touchpoints (digital").notesFrom).toBe(1);
  });

  it("keeps hyphenated words, colons and a label that is all note whole", () => {
    expect(labelParts("Follow-up").notesFrom).toBe(2);
    expect(labelParts("Behov: 1 smärtpunkt").notesFrom).toBe(3);
    expect(labelParts("(Pains)")).toEqual({ stems: ["pain"], notesFrom: 1 });
  });
});
