import { describe, expect, it } from "vitest";
import { swedishJourney } from "../../fixtures/journeys";
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
});
