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

/**
 * The summaries part: the headline over the journey and, under each stage, its counts, feeling
 * and top pains. A summary belongs under its stage's column.
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
    items.push({
      key: { role: "stage-summary", stage: stage.stage },
      kind: "shape",
      text: [
        `${stage.title ?? said.stage(stage.stage)}: ${said.pains(stage.counts.pain)}, ${words.gains(stage.counts.gain)}${feeling}`,
        ...pains,
      ].join("\n"),
      colour: { kind: "paper" },
      x: (band.start + band.end) / 2,
      y: top + 150,
      width: Math.max(200, band.end - band.start - GAP),
      height: 300,
      style: { fontSize: 20, textAlign: "left" },
      column: band,
    });
  }
  return items;
}
