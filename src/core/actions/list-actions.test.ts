import { describe, expect, it } from "vitest";
import { swedishJourney } from "../../fixtures/journeys";
import { ActionListSchema } from "./action-schema";
import { listActions } from "./list-actions";

describe("listActions", () => {
  const { actions, language } = listActions(swedishJourney());

  it("reads owner, due date and priority off action notes, and answers no pain unshown", () => {
    expect(language).toBe("sv");
    expect(actions.find((a) => a.status === "planned")).toEqual({
      id: expect.stringMatching(/^act-[0-9a-z]+$/),
      title: "Inför återuppringning",
      status: "planned",
      stage: 1,
      stageTitle: "Köp",
      // No word, connector or reference ties the call-back to a pain, and both of its stage's
      // pains stand in its column: the board does not say which it answers.
      answers: [],
      owner: "maria",
      due: "2027-02-01",
      priority: "high",
      votes: 2,
      noteIds: ["n14", "n15"],
    });
  });

  it("lists opportunities as ideas, with the pain each answers", () => {
    expect(
      actions.filter((a) => a.status === "idea").map((a) => [a.title, a.stage, a.answers]),
    ).toEqual([["Visa totalpris tidigt", 0, ["Otydligt pris"]]]);
  });

  it("suggests an action, as a suggestion answering its pain, for each stage with no planned action and a pain nothing answers", () => {
    // Behov's one pain is answered by the idea beside it, and Köp has a planned action.
    expect(
      actions
        .filter((a) => a.status === "suggested")
        .map((a) => [a.stage, a.title, a.owner, a.answers]),
    ).toEqual([
      [
        2,
        "Förslag: hitta ett sätt att lösa ”Leveransen försenad” i Leverans",
        null,
        ["Leveransen försenad"],
      ],
    ]);
  });

  it("suggests for the pain no idea answers, not for one an idea already answers", () => {
    const listed = listActions(
      swedishJourney([
        [0, "pain", "Slow delivery"],
        [0, "pain", "Slow delivery!"],
        [0, "pain", "Invoice is confusing"],
        [0, "opportunity", "Faster delivery by courier"],
      ]),
      "en",
    ).actions;
    expect(listed.map((a) => [a.status, a.title, a.answers])).toEqual([
      ["idea", "Faster delivery by courier", ["Slow delivery"]],
      [
        "suggested",
        "Suggestion: find a way to address “Invoice is confusing” in Behov",
        ["Invoice is confusing"],
      ],
    ]);
  });

  it("counts identical notes, and +1 notes beside them, as votes that raise priority", () => {
    const voted = listActions(
      swedishJourney([
        [0, "pain", "Slow"],
        [0, "action", "Call back within a day"],
        [0, "action", "+1"],
        [0, "action", "Call back within a day!"],
        [0, "action", "Other idea"],
      ]),
      "en",
    ).actions.filter((a) => a.status === "planned");
    expect(voted.map((a) => [a.title, a.votes, a.priority])).toEqual([
      ["Call back within a day", 3, "high"],
      ["Other idea", 1, null],
    ]);
  });

  it("never takes a vote note beside the pains for a pain an action answers", () => {
    const suggested = listActions(
      swedishJourney([
        [0, "pain", "+1"],
        [0, "pain", "Slow"],
        [0, "pain", "👍"],
        [1, "pain", "+3"],
      ]),
      "en",
    ).actions;
    expect(suggested.map((a) => [a.stage, a.title, a.answers])).toEqual([
      [0, "Suggestion: find a way to address “Slow” in Behov", ["Slow"]],
    ]);
  });

  it("gives an action the same id on every run, and keeps the list valid", () => {
    expect(listActions(swedishJourney()).actions.map((a) => a.id)).toEqual(
      actions.map((a) => a.id),
    );
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
    expect(ActionListSchema.safeParse({ schemaVersion: 1, language, actions }).success).toBe(true);
  });
});
