import { summaryMarkdown } from "../../core/markdown/summary-markdown";
import { summarizeJourney } from "../../core/summary/summarize-journey";
import type { CliIo } from "../cli-io";
import { loadJourney } from "../load-journey";
import { parseReportOptions, REPORT_OPTION_HELP } from "../report-options";
import { writeOutput } from "../write-output";

export const SUMMARIZE_HELP = `Usage: journey-mapper summarize FILE [--format md|json] [options]

What matters most on the board: per stage the top pains (near-duplicates merged), the gains,
a feeling score from -2 to +2 and the KPIs; for the journey a headline naming the hotspot, the
top pains overall, the stages with only problems and no solutions, and the open questions.

Options:
${REPORT_OPTION_HELP}`;

/** `journey-mapper summarize`: a board's summary, in Markdown (default) or JSON. */
export async function summarizeCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseReportOptions("summarize", args, "md");
  if (options.help) {
    io.stdout(SUMMARIZE_HELP);
    return 0;
  }
  const { journey } = await loadJourney(options.file, options.legend, io);
  const summary = summarizeJourney(journey, options.language);
  const text =
    options.format === "md" ? summaryMarkdown(summary) : `${JSON.stringify(summary, null, 2)}\n`;
  await writeOutput(text, options.out, io);
  return 0;
}
