import type { Language } from "../lexicon/lane-words";
import type { Journey, Placement, StructureRole } from "../model/journey";
import type { LaneKind } from "../model/lane-kind";
import { journeyLanguage } from "../summary/journey-language";
import { LANE_TITLES, TEMPLATE_WORDS } from "../template/template-labels";
import { counted } from "../text/counted";
import { JOURNEY_MARKDOWN_WORDS, type JourneyMarkdownWords } from "./journey-markdown-words";
import { inlineText, tableCell } from "./markdown-text";

/** Placements below this confidence are marked for a facilitator to check. */
export const CHECK_BELOW = 0.7;

/**
 * A journey as Markdown that reads well on GitHub: the header, a table of stages by lanes with
 * every placed note in its cell (unsure ones marked), then the notes outside the stages and
 * those that could not be placed, each with its reason. In the board's own language unless told.
 */
export function journeyMarkdown(
  journey: Journey,
  language: Language = journeyLanguage(journey),
): string {
  const t = TEMPLATE_WORDS[language];
  const w = JOURNEY_MARKDOWN_WORDS[language];
  const notes = new Map(journey.notes.map((note) => [note.id, note]));
  const text = (p: { noteId: string }) => notes.get(p.noteId)?.text.trim() || w.emptyNote;
  const lines: string[] = [`# ${inlineText(journey.header.title ?? t.defaultTitle)}`, ""];
  const { scopeStart, scopeEnd } = journey.header;
  const facts: [string, string | null][] = [
    [t.goal, journey.header.goal],
    [
      t.scope,
      scopeStart || scopeEnd ? t.scopeRange(scopeStart ?? t.unset, scopeEnd ?? t.unset) : null,
    ],
    [t.persona, journey.header.persona],
    [t.participants, journey.header.participants.join(", ") || null],
  ];
  for (const [label, value] of facts) if (value) lines.push(`- **${label}:** ${inlineText(value)}`);
  if (facts.some(([, value]) => value)) lines.push("");

  // One table row per lane kind: two rows of one kind ("Tankar", "Behov") share it.
  const rows = new Map<LaneKind, string[]>();
  for (const lane of journey.lanes) {
    rows.set(lane.kind, [
      ...(rows.get(lane.kind) ?? []),
      lane.title ?? LANE_TITLES[language][lane.kind],
    ]);
  }
  const inTable = (p: Placement) => p.stage !== null && p.lane !== null && rows.has(p.lane);
  const inStages = journey.placements.filter(inTable);
  const stageTitles = journey.stages.map((s, i) => s.title ?? `${t.stageHeader} ${i + 1}`);
  if (journey.stages.length > 0 && rows.size > 0) {
    lines.push(`| | ${stageTitles.map(tableCell).join(" | ")} |`);
    lines.push(`|---|${stageTitles.map(() => "---").join("|")}|`);
    for (const [kind, titles] of rows) {
      const lane = { kind, title: titles.join(" / ") };
      const cells = journey.stages.map((_, stage) =>
        inStages
          .filter((p) => p.stage === stage && p.lane === lane.kind)
          .map((p) => tableCell(`${text(p)}${p.confidence < CHECK_BELOW ? " (?)" : ""}`))
          .join("<br>"),
      );
      lines.push(`| **${tableCell(lane.title)}** | ${cells.join(" | ")} |`);
    }
    lines.push("");
    if (inStages.some((p) => p.confidence < CHECK_BELOW)) {
      lines.push(w.check(CHECK_BELOW * 100), "");
    }
  }

  const partial = journey.placements.filter((p) => !inTable(p));
  if (partial.length > 0) {
    lines.push(`## ${w.outside}`, "");
    for (const p of partial) {
      lines.push(`- ${inlineText(text(p))} (${inlineText(whereOf(p, stageTitles, w, language))})`);
    }
    lines.push("");
  }
  const unplaced = journey.unplaced.filter((u) => u.role === undefined);
  if (unplaced.length > 0) {
    lines.push(`## ${w.notPlaced}`, "");
    for (const u of unplaced) lines.push(`- ${inlineText(text(u))}: ${inlineText(u.reason)}`);
    lines.push("");
  }
  const structure = journey.unplaced.filter((u) => u.role !== undefined);
  if (structure.length > 0) {
    const counts = new Map<StructureRole, number>();
    for (const { role } of structure) if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
    const parts = [...counts].map(([role, count]) => counted(count, ...w.roles[role]));
    lines.push(`${w.structure}: ${parts.join(", ")}.`, "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function whereOf(
  p: Placement,
  stageTitles: readonly string[],
  w: JourneyMarkdownWords,
  language: Language,
): string {
  const stage = p.stage === null ? w.noStage : w.stage(stageTitles[p.stage] ?? `${p.stage + 1}`);
  const lane = p.lane === null ? w.noLane : LANE_TITLES[language][p.lane].toLowerCase();
  return `${stage}, ${lane}`;
}
