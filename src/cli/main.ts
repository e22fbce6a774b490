import { CliError, usageError } from "./cli-error";
import type { CliIo } from "./cli-io";
import { ACTIONS_HELP, actionsCommand } from "./commands/actions-command";
import { ANALYZE_HELP, analyzeCommand } from "./commands/analyze-command";
import { EXPORT_HELP, exportCommand } from "./commands/export-command";
import { SUMMARIZE_HELP, summarizeCommand } from "./commands/summarize-command";
import { TEMPLATE_HELP, templateCommand } from "./commands/template-command";
import { useEnglishMessages } from "./english-messages";

type Verb = (args: string[], io: CliIo) => Promise<number>;

const VERBS: Record<string, Verb> = {
  template: templateCommand,
  analyze: analyzeCommand,
  summarize: summarizeCommand,
  actions: actionsCommand,
  export: exportCommand,
};

const HELP: Record<string, string> = {
  template: TEMPLATE_HELP,
  analyze: ANALYZE_HELP,
  summarize: SUMMARIZE_HELP,
  actions: ACTIONS_HELP,
  export: EXPORT_HELP,
};

export const MAIN_HELP = `Usage: journey-mapper <verb> [options]

Customer journey workshops on Miro and FigJam boards, offline on exported board files.

Verbs:
  template   write a journey template as a Miro REST items file
  analyze    read a Miro or FigJam board file into a journey: stages, lanes, placements
  summarize  what matters most: the hotspot, top pains, feelings, open questions
  actions    the action list: owners, due dates, priorities, votes, suggestions
  export     the actions for Jira, Linear, Asana, Azure DevOps, GitHub; the journey as Markdown, JSON, stories

Run \`journey-mapper <verb> --help\` for a verb's options.
`;

/**
 * Runs the CLI and returns the exit code. Nothing escapes as a stack trace: a user's mistake is
 * one line on standard error; an unexpected failure says so and how to report it.
 */
export async function main(args: string[], io: CliIo): Promise<number> {
  useEnglishMessages();
  const [verb, ...rest] = args;
  try {
    if (verb === undefined) {
      io.stderr(MAIN_HELP);
      return 2;
    }
    if (verb === "--help" || verb === "-h" || verb === "help") {
      io.stdout(helpFor(rest[0]) ?? MAIN_HELP);
      return 0;
    }
    const run = VERBS[verb];
    if (!run) throw usageError(`unknown verb "${verb}" (verbs: ${Object.keys(VERBS).join(", ")})`);
    return await run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`journey-mapper: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `journey-mapper: unexpected failure: ${detail}\nPlease report it with the command you ran.\n`,
    );
    return 1;
  }
}

function helpFor(verb: string | undefined): string | undefined {
  return verb === undefined ? undefined : HELP[verb];
}
