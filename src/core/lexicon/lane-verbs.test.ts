import { describe, expect, it } from "vitest";
import { labelTokens } from "./label-tokens";
import { LaneLexicon } from "./lane-lexicon";
import { laneVerbs } from "./lane-verbs";

const lexicon = new LaneLexicon();

/** The kinds each word of a label names as a verb. */
function verbKinds(label: string): (string | null)[] {
  const stems = labelTokens(label);
  const read = laneVerbs(stems, lexicon, label);
  return stems.map((stem, at) => read(stem, at)?.[0]?.kind ?? null);
}

describe("laneVerbs", () => {
  it("reads a verb in a question about the persona, not the helping verb after the question word", () => {
    expect(verbKinds("What does the guest do?")).toEqual([null, null, null, null, "step"]);
    expect(verbKinds("Hvad siger kunden?")).toEqual([null, "thought", null]);
    expect(verbKinds("Vad upplever resenären?")).toEqual([null, "emotion", null]);
    // "bruger" (uses) names who asks here, so it is not read as a verb of its own.
    expect(verbKinds("Hvad gør brugeren?")).toEqual([null, "step", null]);
  });

  it("reads no persona verb without a persona besides the verb, or outside a question", () => {
    expect(verbKinds("What do we do?")).toEqual([null, null, null, null]);
    expect(verbKinds("The customer says thanks")).toEqual([null, null, null, null]);
  });

  it("reads a question verb in any question", () => {
    expect(verbKinds("Hvordan måler vi det?")).toEqual([null, "kpi", null, null]);
    expect(verbKinds("Måler")).toEqual([null]);
  });
});
