import { listActions } from "../../core/actions/list-actions";
import { withoutSuggestions } from "../../core/export/without-suggestions";
import { actionsMarkdown } from "../../core/markdown/actions-markdown";
import { usageError } from "../cli-error";
import type { CliIo } from "../cli-io";
import { REPORT_OPTION_HELP } from "../report-options";
import { reportVerb } from "../report-verb";

export const ACTIONS_HELP = `Usage: journey-mapper actions FILE [--format md|json] [options]

The board's actions: every note in the action lane, and every opportunity as an idea, with its
stage, the pains it answers, owner (@name), due date (ISO or due:), priority (!high, !hög, !høj,
or votes: identical or +1 notes) and an id that stays the same from run to run. A stage with no
planned action gets a suggested one, marked as a suggestion, for its most written pain that no
action answers. The checklist names priorities in the list's language (!high, !hög, !høj), as
the board writes them.

Options:
  --no-suggestions     leave out the actions journey-mapper suggested
${REPORT_OPTION_HELP}`;

const NO_SUGGESTIONS = "--no-suggestions";

/** `journey-mapper actions`: a board's action list, as a Markdown checklist (default) or JSON. */
export async function actionsCommand(args: string[], io: CliIo): Promise<number> {
  // The shared report options do not know this one: take it out before they are parsed,
  // and only where it is an option (before a --, which ends them).
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  // Taken out here, a value given to it would reach the shared parser as an option it lacks.
  if (options.some((arg) => arg.startsWith(`${NO_SUGGESTIONS}=`))) {
    throw usageError(
      `option ${NO_SUGGESTIONS} takes no value (see: journey-mapper actions --help)`,
    );
  }
  const leaveOut = options.includes(NO_SUGGESTIONS);
  const rest = [
    ...options.filter((arg) => arg !== NO_SUGGESTIONS),
    ...(end === -1 ? [] : args.slice(end)),
  ];
  const verb = reportVerb(
    "actions",
    ACTIONS_HELP,
    (journey, language) => withoutSuggestions(listActions(journey, language), leaveOut),
    actionsMarkdown,
  );
  return verb(rest, io);
}
