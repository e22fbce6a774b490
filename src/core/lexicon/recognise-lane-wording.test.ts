import { describe, expect, it } from "vitest";
import type { LaneKind } from "../model/lane-kind";
import { recogniseLane } from "./recognise-lane";

function kindOf(label: string): LaneKind | null {
  return recogniseLane(label)?.kind ?? null;
}

describe("recogniseLane on labels written as questions or with extra words", () => {
  it.each([
    // English
    ["What is the customer thinking?", "thought"],
    ["What is the customer feeling?", "emotion"],
    ["How do they feel?", "emotion"],
    ["What is the customer doing?", "step"],
    ["To do (who, when)", "action"],
    ["Pains & frustrations 😤", "pain"],
    ["What frustrates them?", "pain"],
    ["Where does the customer meet us?", "touchpoint"],
    ["What could we do better?", "opportunity"],
    ["What is going well? 🙌", "gain"],
    ["What do we not know?", "question"],
    ["Passenger thoughts", "thought"],
    ["Guest feelings 😊", "emotion"],
    ["KPIs / metrics", "kpi"],
    // Swedish
    ["Vad tänker resenären?", "thought"],
    ["Vad känner kunden?", "emotion"],
    ["Vad gör resenären?", "step"],
    ["Vad är jobbigt?", "pain"],
    ["Smärtpunkter / frustration", "pain"],
    ["Kanaler – var möter vi kunden?", "touchpoint"],
    ["Vad kan vi förbättra?", "opportunity"],
    ["Vad fungerar bra?", "gain"],
    ["Att göra (vem, när)", "action"],
    ["Mätetal (hur mäter vi?)", "kpi"],
    ["Resenärens känslor", "emotion"],
    // Danish
    ["Hvad føler kunden?", "emotion"],
    ["Hvad tænker kunden?", "thought"],
    ["Hvad gør kunden?", "step"],
    ["Hvad er svært?", "pain"],
    ["Hvor møder kunden os?", "touchpoint"],
    ["Hvad kan vi gøre bedre?", "opportunity"],
    ["Hvad fungerer godt?", "gain"],
    ["At gøre (hvem, hvornår)", "action"],
    ["Hvad ved vi ikke?", "question"],
    ["Frustrationer og problemer", "pain"],
  ] as const)("reads %s as %s", (label, kind) => {
    expect(kindOf(label)).toBe(kind);
  });

  it("gives full confidence when every other word is a question word or filler", () => {
    for (const label of [
      "What is the customer thinking?",
      "Vad tänker resenären?",
      "Hvad føler kunden?",
      "To do (who, when)",
      "Pains & frustrations 😤",
    ]) {
      expect(recogniseLane(label)?.confidence).toBe(1);
    }
  });

  it("reads a word by its beginning a little less surely than a whole word", () => {
    expect(recogniseLane("What frustrates them?")).toMatchObject({ kind: "pain", confidence: 0.9 });
    expect(recogniseLane("Vad är jobbigt?")).toMatchObject({ kind: "pain", confidence: 0.9 });
    expect(recogniseLane("Vad kan vi förbättra?")).toMatchObject({
      kind: "opportunity",
      confidence: 0.9,
    });
  });

  it.each([
    ["Next steps", "action"],
    ["Next steps (who, when)", "action"],
    ["Customer actions", "step"],
    ["What are the customer's actions?", "step"],
    ["Resenärens aktiviteter", "step"],
    ["Kundens handlinger?", "step"],
    ["Aktiviteter", "action"],
    ["Nästa steg (vem, när)", "action"],
    ["Who does what?", "action"],
    ["Vem gör vad?", "action"],
    ["Hvem gør hvad?", "action"],
    ["To do", "action"],
    ["Doing", "step"],
    ["Feel", "emotion"],
    ["Thinking", "thought"],
  ] as const)("keeps the trap %s apart: it is %s", (label, kind) => {
    expect(kindOf(label)).toBe(kind);
  });

  it("reads phrases that only borrow a lane's words as no lane", () => {
    expect(recogniseLane("Design thinking")).toBeNull();
    expect(recogniseLane("Look and feel")).toBeNull();
    expect(recogniseLane("Designtänkande")).toBeNull();
  });

  it("leaves labels that name no lane unrecognised, however they are written", () => {
    for (const label of [
      "Notes",
      "Övrigt",
      "Diverse",
      "Anteckningar",
      "Noter",
      "Do",
      "Who?",
      "Vad?",
      "Hvad og hvornår?",
      "The customer",
      "Resenären",
      "Persona: Jane Doe",
      "Kundresa",
      "Identity check",
      "Følg op",
    ]) {
      expect(recogniseLane(label)).toBeNull();
    }
  });

  it("still reads stage names as no lane", () => {
    for (const stage of ["Köp", "Leverans", "Onboarding", "Betalning", "Awareness", "Purchase"]) {
      expect(recogniseLane(stage)).toBeNull();
    }
  });
});
