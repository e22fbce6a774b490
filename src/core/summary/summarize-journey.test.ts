import { describe, expect, it } from "vitest";
import { swedishJourney } from "../../fixtures/journeys";
import { summarizeJourney } from "./summarize-journey";
import { JourneySummarySchema } from "./summary-schema";

describe("summarizeJourney", () => {
  const summary = summarizeJourney(swedishJourney());

  it("counts each stage's notes per lane, a +1 vote not among them", () => {
    expect(summary.stages.map((s) => [s.counts.pain, s.counts.gain, s.counts.action])).toEqual([
      [1, 1, 0],
      [4, 0, 1],
      [2, 2, 0],
    ]);
  });

  it("never takes a vote note for a pain, a gain or a question of its own", () => {
    const voted = summarizeJourney(
      swedishJourney([
        [0, "pain", "Slow"],
        [0, "pain", "+1"],
        [0, "pain", "+1"],
        [0, "pain", "👍"],
        [1, "pain", "+2"],
        [1, "gain", "👍👍"],
        [1, "emotion", "+1"],
        [null, "question", "+1"],
      ]),
      "en",
    );
    expect(voted.stages.map((s) => [s.counts.pain, s.counts.gain, s.counts.emotion])).toEqual([
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(voted.stages[0]?.topPains.map((p) => [p.text, p.count])).toEqual([["Slow", 1]]);
    expect(voted.stages[1]?.gains).toEqual([]);
    expect(voted.stages[1]?.emotion).toEqual({ score: null, source: null });
    expect(voted.topPains.map((p) => p.text)).toEqual(["Slow"]);
    expect(voted.hotspot).toBe(0);
    expect(voted.openQuestions).toEqual([]);
  });

  it("merges near-duplicate pains and counts them", () => {
    expect(summary.stages[1]?.topPains).toEqual([
      { text: "Lång väntetid", count: 3, noteIds: ["n7", "n8", "n9"] },
      { text: "Krångligt avtal", count: 1, noteIds: ["n10"] },
    ]);
    expect(summary.stages[2]?.gains).toEqual([
      { text: "Trevlig montör", count: 2, noteIds: ["n18", "n19"] },
    ]);
  });

  it("reads feelings from feeling notes, else from pains and gains", () => {
    expect(summary.stages.map((s) => s.emotion)).toEqual([
      { score: 1, source: "feelings" },
      { score: -2, source: "feelings" },
      { score: 0, source: "pains-and-gains" },
    ]);
  });

  it("names the hotspot in the board's language", () => {
    expect(summary.language).toBe("sv");
    expect(summary.hotspot).toBe(1);
    expect(summary.headline).toBe(
      "Hotspot: Köp, 4 smärtpunkter, känslor på −2,0. Största smärtpunkt: ”Lång väntetid”.",
    );
  });

  it("lists the top pains overall, the stages with only problems, and open questions", () => {
    expect(summary.topPains.map((p) => [p.text, p.count, p.stages])).toEqual([
      ["Lång väntetid", 3, [1]],
      ["Otydligt pris", 1, [0]],
      ["Krångligt avtal", 1, [1]],
    ]);
    expect(summary.onlyProblems).toEqual([2]);
    expect(summary.openQuestions).toEqual([
      { noteId: "n20", text: "Vem äger leveranslöftet?", stage: null },
    ]);
    expect(summary.stages[1]?.kpis).toEqual(["NKI efter köp"]);
  });

  it("counts the hotspot's pains in the singular for one, in every language", () => {
    const one = swedishJourney([[0, "pain", "Slow"]]);
    expect(summarizeJourney(one, "en").headline).toBe(
      "Hotspot: Behov, 1 pain point, feelings at −2.0. Top pain: “Slow”.",
    );
    expect(summarizeJourney(one, "sv").headline).toMatch(/^Hotspot: Behov, 1 smärtpunkt, /);
    expect(summarizeJourney(one, "da").headline).toMatch(/^Hotspot: Behov, 1 smertepunkt, /);
    const two = swedishJourney([
      [0, "pain", "Slow"],
      [0, "pain", "Dear"],
    ]);
    expect(summarizeJourney(two, "en").headline).toMatch(/^Hotspot: Behov, 2 pain points, /);
  });

  it("writes in English on request, and says so when there are no pains", () => {
    const english = summarizeJourney(swedishJourney([[0, "gain", "Fast"]]), "en");
    expect(english.headline).toBe("No pain points on the board yet.");
    expect(english.hotspot).toBeNull();
    expect(JourneySummarySchema.safeParse(summary).success).toBe(true);
  });
});
