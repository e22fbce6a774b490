import { drawCardsVotes } from "./cards-votes";
import { drawPartialLabels } from "./partial-labels";
import { drawQuestionLabels } from "./question-labels";
import type { DrawRealBoard, RealCategory } from "./real-board";
import { drawTableGrid } from "./table-grid";
import { drawTeamLegendBoard } from "./team-legend";
import { drawTitleShapes } from "./title-shapes";
import { drawTwoJourneys } from "./two-journeys";
import { drawVertical } from "./vertical";
import { drawWorkshop } from "./workshop";

/**
 * How each category draws its boards. A category not drawn yet is absent; each reading rule's
 * author adds theirs in a file of its own (`partial-labels.ts`...).
 */
export const DRAW_CATEGORY: Partial<Record<RealCategory, DrawRealBoard>> = {
  "partial-labels": drawPartialLabels,
  "question-labels": drawQuestionLabels,
  "table-grid": drawTableGrid,
  "team-legend": drawTeamLegendBoard,
  "cards-votes": drawCardsVotes,
  "title-shapes": drawTitleShapes,
  "two-journeys": drawTwoJourneys,
  vertical: drawVertical,
  workshop: drawWorkshop,
};
