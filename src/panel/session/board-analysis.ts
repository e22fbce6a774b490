import type { BoardItem } from "../../core/board/board-item";
import type { Language } from "../../core/lexicon/lane-words";
import { readBoard } from "../../core/reconstruct/read-board";
import type { ReconstructOptions } from "../../core/reconstruct/reconstruct-journey";
import { type AnalysisPreview, analysisPreview } from "./analysis-preview";

/**
 * Reads a board into the preview of each journey on it, in the board's order; `options.legend`
 * is the legend saved for the board, and `language` the panel's. The panel fetches this module
 * at its first analysis, as a chunk of its own: the reading rules are the biggest part of the
 * core, and a panel opened to start a workshop needs none of them.
 */
export function previewJourneys(
  items: readonly BoardItem[],
  options: ReconstructOptions,
  language: Language,
): AnalysisPreview[] {
  const saved = options.legend !== undefined;
  return readBoard(items, options).journeys.map((read) => analysisPreview(read, saved, language));
}
