import type { CliIo } from "./cli-io";

/** A verb's code: how it runs, and its help. */
export interface VerbModule {
  run: (args: string[], io: CliIo) => Promise<number>;
  help: string;
}

/**
 * The verbs, each loaded only when it runs: `--help`, `--version` and a mistyped verb load none,
 * and `template` never loads the board reader.
 */
export const VERBS: Record<string, { summary: string; load: () => Promise<VerbModule> }> = {
  template: {
    summary: "write a journey template as a Miro REST items file",
    load: async () => {
      const m = await import("./commands/template-command");
      return { run: m.templateCommand, help: m.TEMPLATE_HELP };
    },
  },
  analyze: {
    summary: "read a Miro or FigJam board file into a journey: stages, lanes, placements",
    load: async () => {
      const m = await import("./commands/analyze-command");
      return { run: m.analyzeCommand, help: m.ANALYZE_HELP };
    },
  },
  summarize: {
    summary: "what matters most: the hotspot, top pains, feelings, open questions",
    load: async () => {
      const m = await import("./commands/summarize-command");
      return { run: m.summarizeCommand, help: m.SUMMARIZE_HELP };
    },
  },
  actions: {
    summary: "the action list: owners, due dates, priorities, votes, suggestions",
    load: async () => {
      const m = await import("./commands/actions-command");
      return { run: m.actionsCommand, help: m.ACTIONS_HELP };
    },
  },
  export: {
    summary:
      "the actions for Jira, Linear, Asana, Azure DevOps, GitHub; the journey as Markdown, JSON, stories",
    load: async () => {
      const m = await import("./commands/export-command");
      return { run: m.exportCommand, help: m.EXPORT_HELP };
    },
  },
};

/**
 * Other spellings of a verb, run as the verb but not listed: British English, which many of the
 * Swedish and Danish teams write in.
 */
export const VERB_ALIASES: Record<string, string> = {
  analyse: "analyze",
  summarise: "summarize",
};
