import type { ActionList } from "../actions/action-schema";
import { actionsMarkdown } from "../markdown/actions-markdown";
import { journeyMarkdown } from "../markdown/journey-markdown";
import { tableCell } from "../markdown/markdown-text";
import { summaryMarkdown } from "../markdown/summary-markdown";
import type { Journey } from "../model/journey";
import type { JourneySummary } from "../summary/summary-schema";
import { SUMMARY_WORDS, scoreText } from "../summary/summary-words";

const HEADINGS = {
  en: { summary: "Summary", curve: "Feelings across the journey", feelings: "Feelings" },
  sv: { summary: "Sammanfattning", curve: "Känslor längs resan", feelings: "Känslor" },
  da: { summary: "Opsummering", curve: "Følelser gennem rejsen", feelings: "Følelser" },
} as const;

/** Every heading of a report one level down, so it nests under the journey's title. */
function demoted(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => (line.startsWith("#") ? `#${line}` : line))
    .join("\n")
    .trim();
}

/** A report's sections one level down, its own title left out. */
function section(markdown: string): string {
  return demoted(markdown.split("\n").slice(1).join("\n"));
}

/**
 * The journey as one Markdown report that reads well on GitHub: the header and the stage-by-lane
 * table, the summary, the feelings curve as a row of scores, and the actions.
 */
export function journeyReport(
  journey: Journey,
  summary: JourneySummary,
  actions: ActionList,
): string {
  const h = HEADINGS[summary.language];
  const words = SUMMARY_WORDS[summary.language];
  const names = summary.stages.map((s) => tableCell(s.title ?? words.stage(s.stage)));
  const scores = summary.stages.map((s) =>
    s.emotion.score === null ? "" : scoreText(s.emotion.score, summary.language),
  );
  return [
    journeyMarkdown(journey, summary.language).trim(),
    `## ${h.summary}`,
    section(summaryMarkdown(summary)),
    `## ${h.curve}`,
    [
      `| | ${names.join(" | ")} |`,
      `|---|${names.map(() => "---").join("|")}|`,
      `| **${h.feelings}** | ${scores.join(" | ")} |`,
    ].join("\n"),
    demoted(actionsMarkdown(actions)),
  ]
    .join("\n\n")
    .concat("\n");
}
