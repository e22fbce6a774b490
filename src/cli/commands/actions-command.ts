import { listActions } from "../../core/actions/list-actions";
import { actionsMarkdown } from "../../core/markdown/actions-markdown";
import type { CliIo } from "../cli-io";
import { loadJourney } from "../load-journey";
import { parseReportOptions, REPORT_OPTION_HELP } from "../report-options";
import { writeOutput } from "../write-output";

export const ACTIONS_HELP = `Usage: journey-mapper actions FILE [--format md|json] [options]

The board's actions: every note in the action lane, and every opportunity as an idea, with its
stage, the pains it answers, owner (@name), due date (ISO or due:), priority (!high, !hög, !høj,
or votes: identical or +1 notes) and an id that stays the same from run to run. Stages whose
pains have no action get a suggested one, marked as a suggestion.

Options:
${REPORT_OPTION_HELP}`;

/** `journey-mapper actions`: a board's action list, as a Markdown checklist (default) or JSON. */
export async function actionsCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseReportOptions("actions", args, "md");
  if (options.help) {
    io.stdout(ACTIONS_HELP);
    return 0;
  }
  const { journey } = await loadJourney(options.file, options.legend, io);
  const list = listActions(journey, options.language);
  const text =
    options.format === "md" ? actionsMarkdown(list) : `${JSON.stringify(list, null, 2)}\n`;
  await writeOutput(text, options.out, io);
  return 0;
}
