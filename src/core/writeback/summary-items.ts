import type { Journey } from "../model/journey";
import type { PlanItem } from "../plan/plan-item";
import type { JourneySummary } from "../summary/summary-schema";
import { SUMMARY_WORDS, scoreText } from "../summary/summary-words";
import type { JourneyExtent } from "./journey-extent";
import { WRITEBACK_WORDS } from "./writeback-words";

const GAP = 40;

/** Where the stage summaries start, under the journey; the feelings curve goes under them. */
export function summaryTop(extent: JourneyExtent): number {
  return extent.bottom + 200;
}

/** A vertical journey's stage summaries stand in a column this wide right of it. */
export const SIDE_WIDTH = 700;

/** Where a vertical journey's stage summaries start, right of it; the curve goes right of them. */
export function summaryLeft(extent: JourneyExtent): number {
  return extent.right + 200;
}

/**
 * The summaries part: the headline over the journey and, under each stage, its counts, feeling
 * and top pains. A summary belongs under its stage's column; a vertical journey's stand right of
 * it, each beside its stage's row.
 */
export function summaryItems(
  journey: Journey,
  summary: JourneySummary,
  extent: JourneyExtent,
): PlanItem[] {
  const words = WRITEBACK_WORDS[summary.language];
  const said = SUMMARY_WORDS[summary.language];
  const width = extent.right - extent.left;
  const items: PlanItem[] = [
    {
      key: { role: "headline" },
      kind: "text",
      text: summary.headline,
      colour: { kind: "none" },
      x: extent.left + width / 2,
      y: extent.top - 500,
      width,
      height: 120,
      style: { fontSize: 48, bold: true, textAlign: "left" },
    },
  ];
  const top = summaryTop(extent);
  for (const stage of summary.stages) {
    const band = journey.stages[stage.stage]?.band;
    if (!band) continue;
    const pains = stage.topPains.map((p) => (p.count > 1 ? `${p.text} ×${p.count}` : p.text));
    const feeling =
      stage.emotion.score === null
        ? ""
        : ` · ${words.feelings.toLowerCase()} ${scoreText(stage.emotion.score, summary.language)}`;
    const text = [
      `${stage.title ?? said.stage(stage.stage)}: ${said.pains(stage.counts.pain)}, ${words.gains(stage.counts.gain)}${feeling}`,
      ...pains,
    ].join("\n");
    const place =
      journey.orientation === "vertical"
        ? // Beside its stage's row, right of a journey that runs down the board.
          {
            x: summaryLeft(extent) + SIDE_WIDTH / 2,
            y: (band.start + band.end) / 2,
            width: SIDE_WIDTH,
            height: Math.max(200, band.end - band.start - GAP),
          }
        : {
            x: (band.start + band.end) / 2,
            y: top + 150,
            width: Math.max(200, band.end - band.start - GAP),
            height: 300,
            column: band,
          };
    items.push({
      key: { role: "stage-summary", stage: stage.stage },
      kind: "shape",
      text,
      colour: { kind: "paper" },
      ...place,
      style: { fontSize: 20, textAlign: "left" },
    });
  }
  return items;
}
