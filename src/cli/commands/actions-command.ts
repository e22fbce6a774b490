import { listActions } from "../../core/actions/list-actions";
import { actionsMarkdown } from "../../core/markdown/actions-markdown";
import { REPORT_OPTION_HELP } from "../report-options";
import { reportVerb } from "../report-verb";

export const ACTIONS_HELP = `Usage: journey-mapper actions FILE [--format md|json] [options]

The board's actions: every note in the action lane, and every opportunity as an idea, with its
stage, the pains it answers, owner (@name), due date (ISO or due:), priority (!high, !hög, !høj,
or votes: identical or +1 notes) and an id that stays the same from run to run. Stages whose
pains have no action get a suggested one, marked as a suggestion.

Options:
${REPORT_OPTION_HELP}`;

/** `journey-mapper actions`: a board's action list, as a Markdown checklist (default) or JSON. */
export const actionsCommand = reportVerb("actions", ACTIONS_HELP, (journey, language, format) => {
  const report = listActions(journey, language);
  return format === "md" ? actionsMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`;
});
