import { describe, expect, it } from "vitest";
import type { LaneKind } from "../model/lane-kind";
import { recogniseLane } from "./recognise-lane";

function kindOf(label: string): LaneKind | undefined {
  return recogniseLane(label)?.kind;
}

describe("recogniseLane", () => {
  it.each([
    ["Customer steps", "step"],
    ["Touchpoints", "touchpoint"],
    ["Thoughts", "thought"],
    ["Feelings", "emotion"],
    ["Pain points", "pain"],
    ["Gains", "gain"],
    ["Opportunities", "opportunity"],
    ["Actions", "action"],
    ["KPIs", "kpi"],
    ["Parking lot", "question"],
    ["Kundsteg", "step"],
    ["Kontaktpunkter", "touchpoint"],
    ["Tankar", "thought"],
    ["Känslor", "emotion"],
    ["Smärtpunkter", "pain"],
    ["Glädjeämnen", "gain"],
    ["Möjligheter", "opportunity"],
    ["Åtgärder", "action"],
    ["KPI:er", "kpi"],
    ["Parkering", "question"],
    ["Trin", "step"],
    ["Kanaler", "touchpoint"],
    ["Tanker", "thought"],
    ["Følelser", "emotion"],
    ["Smertepunkter", "pain"],
    ["Glæder", "gain"],
    ["Muligheder", "opportunity"],
    ["Tiltag", "action"],
    ["KPI'er", "kpi"],
    ["Spørgsmål", "question"],
  ] as const)("reads %s as %s with full confidence", (label, kind) => {
    const read = recogniseLane(label);
    expect(read?.kind).toBe(kind);
    expect(read?.confidence).toBe(1);
  });

  it.each([
    ["Next steps", "action"],
    ["Customer actions", "step"],
    ["Nästa steg", "action"],
    ["Kundens aktiviteter", "step"],
    ["Aktiviteter", "action"],
    ["Kundens handlinger", "step"],
    ["Handlinger", "action"],
    ["Næste skridt", "action"],
    ["Open questions", "question"],
    ["Touch points", "touchpoint"],
    ["Användarens aktiviteter", "step"],
    ["Brugerens handlinger", "step"],
    ["Kundernes handlinger", "step"],
    ["Aktiviteter (kund)", "step"],
    ["Handlinger – kunde", "step"],
    ["Att göra", "action"],
    ["At gøre", "action"],
    ["Quick wins", "opportunity"],
  ] as const)("keeps the trap %s apart: it is %s", (label, kind) => {
    expect(kindOf(label)).toBe(kind);
  });

  it("tolerates case, punctuation, emoji and plurals", () => {
    expect(kindOf("😡 PAIN POINTS:")).toBe("pain");
    expect(kindOf("pain-point")).toBe("pain");
    expect(kindOf("💡 Idea")).toBe("opportunity");
    expect(kindOf("känsla")).toBe("emotion");
    expect(kindOf("Känslorna")).toBe("emotion");
    expect(kindOf("Problemer!")).toBe("pain");
    expect(kindOf("Ideer")).toBe("opportunity");
    expect(recogniseLane("Glädjeämne")?.confidence).toBe(1);
    expect(recogniseLane("Glädjeämnena")?.confidence).toBe(1);
    expect(kindOf("What's working")).toBe("gain");
    expect(recogniseLane("❤️ Feelings ❤️")?.confidence).toBe(1);
  });

  it("reads compound words by their parts, a little less surely", () => {
    expect(recogniseLane("Kundkänslor")).toMatchObject({ kind: "emotion", confidence: 1 });
    expect(recogniseLane("Kundbehov")).toMatchObject({ kind: "thought", confidence: 0.9 });
    expect(recogniseLane("Möjlighetsområden")).toMatchObject({
      kind: "opportunity",
      confidence: 0.75,
    });
    expect(kindOf("Painpoints")).toBe("pain");
    expect(kindOf("Kundfølelser")).toBe("emotion");
    expect(recogniseLane("Kundetrin")).toMatchObject({ kind: "step", confidence: 0.9 });
    expect(recogniseLane("Problemområden")).toMatchObject({ kind: "pain", confidence: 0.75 });
  });

  it("reads a compound only with a known partner, so ordinary words stay ordinary", () => {
    for (const word of ["Behandling", "Förhandling", "Forhandling", "Sagsbehandling", "Kundresa"]) {
      expect(recogniseLane(word)).toBeNull();
    }
  });

  it("reads no stage name as a lane", () => {
    const stages = ["Köp", "Leverans", "Onboarding", "Support", "Betalning", "Awareness"];
    for (const stage of [...stages, "Consideration", "Purchase", "Retention", "Kundtjänst"]) {
      expect(recogniseLane(stage)).toBeNull();
    }
  });

  it("counts numbers against a label: a numbered step is a stage's name", () => {
    expect(recogniseLane("Steg 1")?.confidence).toBe(0.5);
    expect(recogniseLane("Trin 2")?.confidence).toBe(0.5);
  });

  it("reads question-shaped lane labels", () => {
    expect(recogniseLane("How does the customer feel?")).toMatchObject({
      kind: "emotion",
      confidence: 1,
    });
    expect(recogniseLane("What does the customer think?")?.kind).toBe("thought");
    expect(recogniseLane("Vad gör kunden?")?.kind).toBe("step");
    expect(recogniseLane("Persona: Jane Doe")).toBeNull();
  });

  it("reads close synonyms", () => {
    expect(kindOf("Frustrations")).toBe("pain");
    expect(kindOf("What works")).toBe("gain");
    expect(kindOf("Det som fungerar")).toBe("gain");
    expect(kindOf("Det der virker")).toBe("gain");
    expect(kindOf("Channels")).toBe("touchpoint");
    expect(kindOf("Metrics")).toBe("kpi");
    expect(kindOf("Nyckeltal")).toBe("kpi");
    expect(kindOf("Needs")).toBe("thought");
    expect(kindOf("Lösningar")).toBe("opportunity");
  });

  it("lets filler words pass and lowers confidence for other words", () => {
    expect(recogniseLane("Customer feelings")?.confidence).toBe(1);
    expect(recogniseLane("Kundens känslor")?.confidence).toBe(1);
    const sentence = recogniseLane("We need to call the customer back");
    expect(sentence?.kind).toBe("thought");
    expect(sentence?.confidence).toBeLessThan(0.5);
  });

  it("flags a label that names two lanes and lowers its confidence", () => {
    const both = recogniseLane("Thoughts & feelings");
    expect(both).toEqual({
      kind: "thought",
      confidence: 0.75,
      languages: ["en"],
      alternatives: ["emotion"],
    });
  });

  it("says which languages matched", () => {
    expect(recogniseLane("Smärtpunkter")?.languages).toEqual(["sv"]);
    expect(recogniseLane("Smertepunkter")?.languages).toEqual(["da"]);
    expect(recogniseLane("Behov")?.languages).toEqual(["sv", "da"]);
  });

  it("returns null for text that names no lane", () => {
    expect(recogniseLane("Customer")).toBeNull();
    expect(recogniseLane("Customer journey")).toBeNull();
    expect(recogniseLane("Stage 1")).toBeNull();
    expect(recogniseLane("")).toBeNull();
    expect(recogniseLane("🎉")).toBeNull();
  });
});
