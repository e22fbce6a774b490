import { listActions } from "../actions/list-actions";
import { WRITE_BACK_PARTS, type WriteBackPart } from "../board/app-items/parts";
import type { Language } from "../lexicon/lane-words";
import type { Journey } from "../model/journey";
import type { PlannedPart } from "../plan/diff-app-items";
import type { PlanItem } from "../plan/plan-item";
import { summarizeJourney } from "../summary/summarize-journey";
import { actionItems, actionsArea } from "./action-items";
import { curveItems, sideCurveRight } from "./curve-items";
import { journeyExtent } from "./journey-extent";
import { summaryItems } from "./summary-items";
import { tidyItems } from "./tidy-items";

/**
 * The items each asked part of a write-back wants on the board, in board coordinates. Every part
 * is placed as if all were written, so writing one part never moves another's place.
 */
export function desiredParts(
  journey: Journey,
  parts: readonly WriteBackPart[],
  language?: Language,
): PlannedPart[] {
  const summary = summarizeJourney(journey, language);
  const actions = listActions(journey, summary.language);
  const extent = journeyExtent(journey);
  // Right of a journey running down the board stand its summaries and curve: the actions go
  // right of those.
  const beside =
    journey.orientation === "vertical" ? { ...extent, right: sideCurveRight(extent) } : extent;
  const area = actionsArea(beside, actions.actions.length);
  const build: Record<WriteBackPart, () => PlanItem[]> = {
    summaries: () => summaryItems(journey, summary, extent),
    curve: () => curveItems(journey, summary, extent),
    actions: () => actionItems(actions, beside),
    tidy: () =>
      tidyItems(journey, { x: area.x + area.width + 600, y: extent.top }, summary.language),
  };
  return WRITE_BACK_PARTS.filter((part) => parts.includes(part)).map((part) => ({
    part,
    items: build[part](),
  }));
}
