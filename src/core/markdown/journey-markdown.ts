import { LANE_WORDS_EN } from "../legend/describe-legend";
import type { Journey, Placement } from "../model/journey";
import type { LaneKind } from "../model/lane-kind";
import { LANE_TITLES } from "../template/template-labels";

import { inlineText, tableCell } from "./markdown-text";

/** Placements below this confidence are marked for a facilitator to check. */
export const CHECK_BELOW = 0.7;

const ROLE_WORDS: Record<string, string> = {
  "stage-header": "stage header note(s)",
  "lane-label": "lane label note(s)",
  legend: "legend swatch(es)",
  "workshop-header": "workshop header note(s)",
};

/**
 * A journey as Markdown that reads well on GitHub: the header, a table of stages by lanes with
 * every placed note in its cell (unsure ones marked), then the notes outside the stages and
 * those that could not be placed, each with its reason.
 */
export function journeyMarkdown(journey: Journey): string {
  const notes = new Map(journey.notes.map((note) => [note.id, note]));
  const text = (p: { noteId: string }) => notes.get(p.noteId)?.text.trim() || "(empty note)";
  const lines: string[] = [`# ${inlineText(journey.header.title ?? "Customer journey")}`, ""];
  const facts: [string, string | null][] = [
    ["Goal", journey.header.goal],
    ["Scope", scopeOf(journey)],
    ["Persona", journey.header.persona],
    ["Participants", journey.header.participants.join(", ") || null],
  ];
  for (const [label, value] of facts) if (value) lines.push(`- **${label}:** ${inlineText(value)}`);
  if (facts.some(([, value]) => value)) lines.push("");

  // One table row per lane kind: two rows of one kind ("Tankar", "Behov") share it.
  const rows = new Map<LaneKind, string[]>();
  for (const lane of journey.lanes) {
    rows.set(lane.kind, [...(rows.get(lane.kind) ?? []), lane.title ?? LANE_TITLES.en[lane.kind]]);
  }
  const inTable = (p: Placement) => p.stage !== null && p.lane !== null && rows.has(p.lane);
  const inStages = journey.placements.filter(inTable);
  const stageTitles = journey.stages.map((s, i) => s.title ?? `Stage ${i + 1}`);
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
      lines.push(
        `(?) marks a note placed with less than ${CHECK_BELOW * 100}% confidence: check it.`,
        "",
      );
    }
  }

  const partial = journey.placements.filter((p) => !inTable(p));
  if (partial.length > 0) {
    lines.push("## Outside the stages or lanes", "");
    for (const p of partial) lines.push(`- ${inlineText(text(p))} (${whereOf(p, stageTitles)})`);
    lines.push("");
  }
  const unplaced = journey.unplaced.filter((u) => u.role === undefined);
  if (unplaced.length > 0) {
    lines.push("## Not placed", "");
    for (const u of unplaced) lines.push(`- ${inlineText(text(u))}: ${inlineText(u.reason)}`);
    lines.push("");
  }
  const structure = journey.unplaced.filter((u) => u.role !== undefined);
  if (structure.length > 0) {
    const counts = new Map<string, number>();
    for (const u of structure)
      counts.set(u.role as string, (counts.get(u.role as string) ?? 0) + 1);
    const parts = [...counts].map(([role, count]) => `${count} ${ROLE_WORDS[role] ?? role}`);
    lines.push(`Read as the board's structure, not as notes: ${parts.join(", ")}.`, "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

function scopeOf(journey: Journey): string | null {
  const { scopeStart, scopeEnd } = journey.header;
  if (!scopeStart && !scopeEnd) return null;
  return `from ${scopeStart ?? "…"} to ${scopeEnd ?? "…"}`;
}

function whereOf(p: Placement, stageTitles: readonly string[]): string {
  const stage = p.stage === null ? "no stage" : `stage ${stageTitles[p.stage] ?? p.stage + 1}`;
  const lane = p.lane === null ? "no lane" : LANE_WORDS_EN[p.lane];
  return `${stage}, ${lane}`;
}
