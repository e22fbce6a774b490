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
});
