import { summaryMarkdown } from "../../core/markdown/summary-markdown";
import { summarizeJourney } from "../../core/summary/summarize-journey";
import { REPORT_OPTION_HELP } from "../report-options";
import { reportVerb } from "../report-verb";

export const SUMMARIZE_HELP = `Usage: journey-mapper summarize FILE [--format md|json] [options]

What matters most on the board: per stage the top pains (near-duplicates merged), the gains,
a feeling score from -2 to +2 and the KPIs; for the journey a headline naming the hotspot, the
top pains overall, the stages with only problems and no solutions, and the open questions.

Options:
${REPORT_OPTION_HELP}`;

/** `journey-mapper summarize`: a board's summary, in Markdown (default) or JSON. */
export const summarizeCommand = reportVerb(
  "summarize",
  SUMMARIZE_HELP,
  summarizeJourney,
  summaryMarkdown,
);
