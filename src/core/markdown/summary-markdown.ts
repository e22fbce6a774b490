import type { JourneySummary } from "../summary/summary-schema";
import { SUMMARY_WORDS, scoreText } from "../summary/summary-words";
import { TEMPLATE_WORDS } from "../template/template-labels";
import { inlineText, tableCell } from "./markdown-text";

const HEADINGS = {
  en: {
    stages: "Stages",
    pains: "Top pains",
    gains: "Gains",
    feelings: "Feelings",
    kpis: "KPIs",
    questions: "Open questions",
    overall: "Top pains overall",
  },
  sv: {
    stages: "Faser",
    pains: "Största smärtpunkter",
    gains: "Glädjeämnen",
    feelings: "Känslor",
    kpis: "KPI:er",
    questions: "Öppna frågor",
    overall: "Största smärtpunkterna totalt",
  },
  da: {
    stages: "Faser",
    pains: "Største smertepunkter",
    gains: "Glæder",
    feelings: "Følelser",
    kpis: "KPI'er",
    questions: "Åbne spørgsmål",
    overall: "Største smertepunkter i alt",
  },
} as const;

/** The summary as Markdown: headline, a row per stage, top pains, the pitfall, open questions. */
export function summaryMarkdown(summary: JourneySummary): string {
  const words = SUMMARY_WORDS[summary.language];
  const h = HEADINGS[summary.language];
  const name = (index: number) => summary.stages[index]?.title ?? words.stage(index);
  const merged = (notes: { text: string; count: number }[]) =>
    notes.map((n) => tableCell(n.count > 1 ? `${n.text} (×${n.count})` : n.text)).join("<br>");
  const lines = [
    `# ${inlineText(summary.title ?? TEMPLATE_WORDS[summary.language].defaultTitle)}`,
    "",
    `**${inlineText(summary.headline)}**`,
    "",
  ];
  lines.push(
    `| ${h.stages} | ${h.pains} | ${h.gains} | ${h.feelings} | ${h.kpis} |`,
    "|---|---|---|---|---|",
  );
  for (const stage of summary.stages) {
    const score =
      stage.emotion.score === null ? "" : scoreText(stage.emotion.score, summary.language);
    const hot = stage.stage === summary.hotspot ? " 🔥" : "";
    lines.push(
      `| **${tableCell(name(stage.stage))}**${hot} | ${merged(stage.topPains)} | ${merged(stage.gains)} | ${score} | ${stage.kpis.map(tableCell).join("<br>")} |`,
    );
  }
  lines.push("");
  if (summary.topPains.length > 0) {
    lines.push(`## ${h.overall}`, "");
    summary.topPains.forEach((pain, i) => {
      lines.push(
        `${i + 1}. ${inlineText(pain.text)} (×${pain.count}; ${pain.stages.map(name).join(", ")})`,
      );
    });
    lines.push("");
  }
  if (summary.onlyProblems.length > 0) {
    lines.push(words.onlyProblems(summary.onlyProblems.map(name).join(", ")), "");
  }
  if (summary.openQuestions.length > 0) {
    lines.push(`## ${h.questions}`, "");
    for (const question of summary.openQuestions) lines.push(`- ${inlineText(question.text)}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
