import type { Language } from "../../core/lexicon/lane-words";
import { summarizeJourney } from "../../core/summary/summarize-journey";
import type { AnalysisPreview } from "./analysis-preview";

/**
 * The same preview with its headline said in another language. Apart from the preview itself,
 * which comes with the analysis's own chunk, as the panel's language may change before any
 * analysis (the summaries are at hand anyway: the write-back says them).
 */
export function previewInLanguage(preview: AnalysisPreview, language: Language): AnalysisPreview {
  return { ...preview, headline: summarizeJourney(preview.journey, language).headline };
}
