import { describe, expect, it } from "vitest";
import { swedishJourney } from "../../fixtures/journeys";
import { storyPersona } from "./story-persona";
import { userStories } from "./user-stories";

describe("userStories", () => {
  it("writes no story of a vote note, among the ideas or the pains", () => {
    const stories = userStories(
      swedishJourney([
        [0, "opportunity", "Visa totalpris tidigt"],
        [0, "opportunity", "+1"],
        [0, "opportunity", "👍"],
        [0, "pain", "+1"],
        [0, "pain", "Otydligt pris"],
        [1, "opportunity", "+2"],
        [1, "pain", "Lång väntetid"],
        [1, "pain", "👍🏽"],
        [2, "pain", "+1"],
      ]),
      "sv",
    );
    expect(stories).toEqual([
      {
        stage: 0,
        from: "opportunity",
        story:
          "Som kund i Behov vill jag ha ”Visa totalpris tidigt” så att ”Otydligt pris” inte längre står i vägen.",
      },
      {
        stage: 1,
        from: "pain",
        story: "Som kund i Köp vill jag slippa ”Lång väntetid” så att Köp fungerar för mig.",
      },
    ]);
  });

  it("writes a story of every pain no idea answers, and an idea's story of the pain it answers", () => {
    const journey = swedishJourney([
      [0, "pain", "Otydligt pris"],
      [0, "pain", "Krångligt avtal"],
      [0, "opportunity", "Visa totalpris tidigt"],
      [1, "pain", "Lang kø"],
      [1, "pain", "Dyr parkering"],
      [1, "opportunity", "Gratis kaffe"],
    ]);
    expect(userStories(journey, "da").map((s) => [s.from, s.story])).toEqual([
      [
        "opportunity",
        "Som kunde i Behov vil jeg have ”Visa totalpris tidigt”, så ”Otydligt pris” ikke længere står i vejen.",
      ],
      ["pain", "Som kunde i Behov vil jeg undgå ”Krångligt avtal”, så Behov virker for mig."],
      // Nothing ties the coffee to a pain: the idea is a story of its own, and so is each pain.
      ["opportunity", "Som kunde i Köp vil jeg have ”Gratis kaffe”, så Köp virker bedre for mig."],
      ["pain", "Som kunde i Köp vil jeg undgå ”Lang kø”, så Köp virker for mig."],
      ["pain", "Som kunde i Köp vil jeg undgå ”Dyr parkering”, så Köp virker for mig."],
    ]);
  });

  it("speaks in English as the persona's name, or as a customer", () => {
    const journey = swedishJourney([
      [0, "pain", "Hidden fees"],
      [0, "opportunity", "Show the total price early"],
    ]);
    const stories = (persona: string | null) =>
      userStories({ ...journey, header: { ...journey.header, persona } }, "en").map((s) => s.story);
    expect(stories("Sara, 34, works from home")).toEqual([
      "As Sara in Behov, I want “Show the total price early” so that “Hidden fees” no longer gets in my way.",
    ]);
    expect(stories(null)).toEqual([
      "As a customer in Behov, I want “Show the total price early” so that “Hidden fees” no longer gets in my way.",
    ]);
  });

  it("speaks in Swedish and Danish as the persona's name or role, without an article", () => {
    const journey = swedishJourney([[0, "pain", "Dolda avgifter"]]);
    const story = (persona: string, language: "sv" | "da") =>
      userStories({ ...journey, header: { ...journey.header, persona } }, language)[0]?.story;
    expect(story("Anna – pendlare, 29", "sv")).toBe(
      "Som Anna i Behov vill jag slippa ”Dolda avgifter” så att Behov fungerar för mig.",
    );
    expect(story("Travl pensionist", "da")).toBe(
      "Som travl pensionist i Behov vil jeg undgå ”Dolda avgifter”, så Behov virker for mig.",
    );
  });
});

describe("storyPersona", () => {
  it.each([
    ["Sara, 34, works from home, moving from Uppsala to Västerås", "en", "Sara"],
    ["Per Olof (62), retired", "sv", "Per Olof"],
    ["Anna – pendlare, 29", "sv", "Anna"],
    ["Anna-Karin, 45", "en", "Anna-Karin"],
    ["O'Brien, regular", "en", "O'Brien"],
    ["McDonald", "en", "McDonald"],
    ["Ida Maria von Essen", "da", "Ida Maria von Essen"],
    ["Sara 34 år, Uppsala", "sv", "Sara"],
    ["👩 Sara, 34", "en", "Sara"],
    ["Busy parent of two", "en", "a busy parent of two"],
    ["Parent of 2", "en", "a parent of 2"],
    ["Student, 21, lives with parents", "en", "a student"],
    ["Small Business Owner", "en", "a small business owner"],
    ["Commuter from Uppsala", "en", "a commuter from Uppsala"],
    ["Pendlare, 29", "sv", "pendlare"],
    ["owner of a small café", "en", "an owner of a small café"],
    ["IT manager at a bank", "en", "an IT manager at a bank"],
    ["HR manager", "en", "an HR manager"],
    ["UX designer", "en", "a UX designer"],
    ["User of the app, daily", "en", "a user of the app"],
    ["utility worker", "en", "a utility worker"],
    ["hourly worker", "en", "an hourly worker"],
    ["18-year-old student", "en", "an 18-year-old student"],
    ["8-year-old", "en", "an 8-year-old"],
    ["Pendlare som kör bil: 45 min", "sv", "pendlare som kör bil"],
    ["Travl pensionist", "da", "travl pensionist"],
    ["34, works from home", "en", ""],
    ["—", "en", ""],
    ["", "en", ""],
  ] as const)("speaks as %j in %s: %j", (persona, language, who) => {
    expect(storyPersona(persona, language)).toBe(who);
  });
});
