import { describe, expect, it } from "vitest";
import { swedishJourney } from "../../fixtures/journeys";
import type { Journey } from "../model/journey";
import type { PlanItem } from "../plan/plan-item";
import { summarizeJourney } from "../summary/summarize-journey";
import { desiredParts } from "./desired-parts";

/** The Swedish journey turned to run down the board: stages as rows, its notes turned with it. */
function verticalJourney(): Journey {
  const journey = swedishJourney();
  return {
    ...journey,
    orientation: "vertical",
    notes: journey.notes.map((n) => ({ ...n, x: n.y, y: n.x })),
  };
}

function partItems(journey: Journey): Map<string, readonly PlanItem[]> {
  const parts = desiredParts(journey, ["summaries", "curve", "actions", "tidy"], "sv");
  return new Map(parts.map((p) => [p.part, p.items]));
}

const right = (item: PlanItem) => item.x + item.width / 2;
const left = (item: PlanItem) => item.x - item.width / 2;

describe("write-back beside a vertical journey", () => {
  const journey = verticalJourney();
  const parts = partItems(journey);
  const notesRight = Math.max(...journey.notes.map((n) => n.x + n.width / 2));
  const middles = journey.stages.map((s) => (s.band.start + s.band.end) / 2);

  it("puts each stage summary right of the journey, beside its stage's row", () => {
    const summaries = (parts.get("summaries") ?? []).filter((i) => i.key.role === "stage-summary");
    expect(summaries.map((i) => i.y)).toEqual(middles);
    for (const item of summaries) {
      expect(left(item)).toBeGreaterThan(notesRight);
      expect(item.column).toBeUndefined();
    }
  });

  it("draws the feelings curve down the board, right of the summaries, rising to the right", () => {
    const summariesRight = Math.max(...(parts.get("summaries") ?? []).map(right));
    const points = (parts.get("curve") ?? []).filter((i) => i.key.role === "emotion-point");
    expect(points.map((p) => p.y)).toEqual(middles);
    for (const point of points) expect(left(point)).toBeGreaterThan(summariesRight);
    // A point's feeling moves it right, 120 a step: the better the stage, the further right.
    const scores = summarizeJourney(journey, "sv").stages.map((s) => s.emotion.score ?? 0);
    const [first] = points;
    points.forEach((point, i) => {
      expect(point.x - (first?.x ?? 0)).toBeCloseTo(((scores[i] ?? 0) - (scores[0] ?? 0)) * 120, 6);
    });
    expect(new Set(scores).size).toBeGreaterThan(1);
  });

  it("puts the actions right of the curve, and the tidy copy right of the actions", () => {
    const curveRight = Math.max(...(parts.get("curve") ?? []).map(right));
    const area = (parts.get("actions") ?? []).find((i) => i.key.role === "actions-area");
    expect(area && left(area)).toBeGreaterThan(curveRight);
    const tidyLeft = Math.min(...(parts.get("tidy") ?? []).map(left));
    expect(tidyLeft).toBeGreaterThan(area ? right(area) : Number.POSITIVE_INFINITY);
  });

  it("leaves a horizontal journey's summaries under its stage columns", () => {
    const horizontal = swedishJourney();
    const summaries = (partItems(horizontal).get("summaries") ?? []).filter(
      (i) => i.key.role === "stage-summary",
    );
    expect(summaries.map((i) => i.x)).toEqual(
      horizontal.stages.map((s) => (s.band.start + s.band.end) / 2),
    );
    expect(summaries.map((i) => i.column)).toEqual(horizontal.stages.map((s) => s.band));
  });
});
