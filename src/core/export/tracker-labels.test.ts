import { describe, expect, it } from "vitest";
import type { Action } from "../actions/action-schema";
import { stageLabels, trackerLabels } from "./tracker-labels";

const action = (
  stage: number,
  stageTitle: string | null,
  status: Action["status"] = "planned",
): Action => ({
  id: `a${stage}`,
  title: "t",
  status,
  stage,
  stageTitle,
  answers: [],
  owner: null,
  due: null,
  priority: null,
  votes: 1,
  noteIds: [],
});

describe("stageLabels", () => {
  it("names each stage within 50 characters, cut after a whole word, unique", () => {
    const long = "Kunden jämför erbjudanden från flera försäljare och läser recensioner noga";
    const twin = "Kunden jämför erbjudanden från flera försäljare och ringer upp";
    const labels = stageLabels([
      action(0, "Köp & betala"),
      action(1, long),
      action(2, twin),
      action(3, "🚀"),
    ]);
    expect([...labels.values()]).toEqual([
      "stage-köp-betala",
      "stage-kunden-jämför-erbjudanden-från-flera",
      "stage-kunden-jämför-erbjudanden-från-flera-2",
      "stage-4",
    ]);
  });

  it("cuts a word that fills the limit alone mid-word", () => {
    const [label] = stageLabels([action(0, "x".repeat(80))]).values();
    expect(label).toBe(`stage-${"x".repeat(44)}`);
  });
});

describe("trackerLabels", () => {
  it("marks suggestions and ideas, and leaves out the stage of an action outside the stages", () => {
    const labels = stageLabels([action(0, "Köp")]);
    expect(trackerLabels(action(0, "Köp", "suggested"), labels)).toEqual([
      "journey-mapper",
      "stage-köp",
      "suggestion",
    ]);
    expect(trackerLabels(action(0, null, "idea"), labels)).toEqual(["journey-mapper", "idea"]);
  });
});
