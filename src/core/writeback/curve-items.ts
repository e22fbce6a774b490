import type { ItemKey } from "../board/app-items/item-key";
import type { Journey } from "../model/journey";
import type { PlanItem } from "../plan/plan-item";
import type { JourneySummary } from "../summary/summary-schema";
import { scoreText } from "../summary/summary-words";
import type { JourneyExtent } from "./journey-extent";
import { SIDE_WIDTH, summaryLeft, summaryTop } from "./summary-items";
import { WRITEBACK_WORDS } from "./writeback-words";

/** Board units per step of feeling (-2..+2). */
const CURVE_STEP = 120;

/** Where a vertical journey's curve stands: its neutral line, right of the stage summaries. */
function sideCurveMiddle(extent: JourneyExtent): number {
  return summaryLeft(extent) + SIDE_WIDTH + 200 + 2 * CURVE_STEP;
}

/** The right edge of what a vertical journey's summaries and curve take beside it. */
export function sideCurveRight(extent: JourneyExtent): number {
  return sideCurveMiddle(extent) + 2 * CURVE_STEP + 100;
}

/**
 * The feelings curve, under the stage summaries: a point per stage that has a feeling, in the
 * gain colour at or above neutral and the pain colour below, joined left to right, and a label.
 */
export function curveItems(
  journey: Journey,
  summary: JourneySummary,
  extent: JourneyExtent,
): PlanItem[] {
  // Under the summaries, feelings rising upwards; for a journey running down the board, right
  // of its summaries, feelings rising to the right.
  const vertical = journey.orientation === "vertical";
  const base = vertical ? sideCurveMiddle(extent) : summaryTop(extent) + 600;
  const points: (PlanItem & { key: { role: "emotion-point"; stage: number } })[] = [];
  for (const stage of summary.stages) {
    const band = journey.stages[stage.stage]?.band;
    const score = stage.emotion.score;
    if (!band || score === null) continue;
    const middle = (band.start + band.end) / 2;
    points.push({
      key: { role: "emotion-point", stage: stage.stage },
      kind: "shape",
      text: scoreText(score, summary.language),
      colour: { kind: "lane", lane: score >= 0 ? "gain" : "pain" },
      ...(vertical
        ? { x: base + score * CURVE_STEP, y: middle }
        : { x: middle, y: base - score * CURVE_STEP, column: band }),
      width: 100,
      height: 100,
      style: { fontSize: 24 },
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
    ...(vertical ? { x: base, y: extent.top - 200 } : { x: extent.left - 300, y: base }),
    width: 400,
    height: 80,
    style: { fontSize: 32, bold: true },
  };
  return [...points, ...lines, label];
}
