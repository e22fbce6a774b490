import type { ItemKey } from "../board/app-items/item-key";
import type { Journey } from "../model/journey";
import type { PlanItem } from "../plan/plan-item";
import type { JourneySummary } from "../summary/summary-schema";
import { scoreText } from "../summary/summary-words";
import type { JourneyExtent } from "./journey-extent";
import { summaryTop } from "./summary-items";
import { WRITEBACK_WORDS } from "./writeback-words";

/** Board units per step of feeling (-2..+2). */
const CURVE_STEP = 120;

/**
 * The feelings curve, under the stage summaries: a point per stage that has a feeling, in the
 * gain colour at or above neutral and the pain colour below, joined left to right, and a label.
 */
export function curveItems(
  journey: Journey,
  summary: JourneySummary,
  extent: JourneyExtent,
): PlanItem[] {
  const base = summaryTop(extent) + 600;
  const points: (PlanItem & { key: { role: "emotion-point"; stage: number } })[] = [];
  for (const stage of summary.stages) {
    const band = journey.stages[stage.stage]?.band;
    const score = stage.emotion.score;
    if (!band || score === null) continue;
    points.push({
      key: { role: "emotion-point", stage: stage.stage },
      kind: "shape",
      text: scoreText(score, summary.language),
      colour: { kind: "lane", lane: score >= 0 ? "gain" : "pain" },
      x: (band.start + band.end) / 2,
      y: base - score * CURVE_STEP,
      width: 100,
      height: 100,
      style: { fontSize: 24 },
      column: band,
    });
  }
  if (points.length === 0) return [];
  const lines = points.slice(1).map((point, i): PlanItem => {
    const before = points[i] as (typeof points)[number];
    const ends: [ItemKey, ItemKey] = [before.key, point.key];
    return {
      key: { role: "emotion-line", from: before.key.stage, to: point.key.stage },
      kind: "connector",
      text: "",
      colour: { kind: "none" },
      x: (before.x + point.x) / 2,
      y: (before.y + point.y) / 2,
      width: 0,
      height: 0,
      ends,
    };
  });
  const label: PlanItem = {
    key: { role: "emotion-label" },
    kind: "text",
    text: WRITEBACK_WORDS[summary.language].feelings,
    colour: { kind: "none" },
    x: extent.left - 300,
    y: base,
    width: 400,
    height: 80,
    style: { fontSize: 32, bold: true },
  };
  return [...points, ...lines, label];
}
