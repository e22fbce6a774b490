import type { Platform } from "../colour/named-colour";
import type { Legend } from "../legend/legend";
import type { Language } from "../lexicon/lane-words";
import type { Journey, Placement } from "../model/journey";
import type { LaneKind } from "../model/lane-kind";
import { layoutTemplate } from "../template/layout-template";
import { planToDrafts } from "../template/plan-to-drafts";
import type { DesiredItem } from "./desired-item";
import { WRITEBACK_WORDS } from "./writeback-words";

const COPY = 200;
const GAP = 20;
const TRAY_WIDTH = 700;

/**
 * A tidy copy of the board: a clean template grid at `origin` with a copy of every placed note in
 * its cell, and beside it a tray with copies of the notes that have no cell. The users' notes
 * stay where they are; only copies move.
 */
export function tidyItems(
  journey: Journey,
  origin: { x: number; y: number },
  platform: Platform,
  legend: Legend,
  language: Language,
): DesiredItem[] {
  const words = WRITEBACK_WORDS[language];
  const kinds = [...new Set(journey.lanes.map((l) => l.kind))];
  const layout = layoutTemplate({
    title: `${words.tidy}: ${journey.header.title ?? ""}`.replace(/: $/, ""),
    stages: journey.stages.map((s, i) => s.title ?? `${i + 1}`),
    lanes: kinds.length > 0 ? kinds : ["step"],
    language,
  });
  const drafts = planToDrafts(layout, { platform, legend, origin });
  const items: DesiredItem[] = drafts.map(({ ref, parent, mark, ends: _ends, ...draft }) => ({
    ...draft,
    key: `tidy:${ref}`,
    role: `tidy-${mark.role}`,
    ...(parent && "ref" in parent ? { parentKey: `tidy:${parent.ref}` } : {}),
  }));

  const notes = new Map(journey.notes.map((n) => [n.id, n]));
  const copy = (p: { noteId: string }, x: number, y: number, size: number): DesiredItem => {
    const note = notes.get(p.noteId);
    return {
      key: `tidy:note:${p.noteId}`,
      role: "tidy-note",
      kind: "sticky",
      text: note?.text ?? "",
      fill: note?.colour ?? note?.rawColour ?? null,
      x,
      y,
      width: size,
      height: size,
      parentKey: "tidy:journey-frame",
    };
  };
  const inCells = new Map<string, Placement[]>();
  const loose: { noteId: string }[] = [...journey.unplaced.filter((u) => u.role === undefined)];
  for (const placement of journey.placements) {
    const lane = layout.lanes.find((l) => l.kind === placement.lane);
    if (placement.stage === null || !lane) {
      loose.push(placement);
      continue;
    }
    const key = `${placement.stage}|${lane.kind}`;
    inCells.set(key, [...(inCells.get(key) ?? []), placement]);
  }
  for (const [key, placed] of inCells) {
    const [stage, kind] = key.split("|") as [string, LaneKind];
    const columns = layout.stages[Number(stage)]?.band;
    const rows = layout.lanes.find((l) => l.kind === kind)?.band;
    if (!columns || !rows) continue;
    const perRow = Math.ceil(Math.sqrt(placed.length));
    const size = Math.min(COPY, (columns.end - columns.start - GAP) / perRow - GAP);
    placed.forEach((p, i) => {
      const x = origin.x + columns.start + GAP + (i % perRow) * (size + GAP) + size / 2;
      const y = origin.y + rows.start + GAP + Math.floor(i / perRow) * (size + GAP) + size / 2;
      items.push(copy(p, x, y, size));
    });
  }

  const trayLeft = origin.x + layout.width + 200;
  const trayRows = Math.ceil(loose.length / 3);
  items.push({
    key: "tidy:tray",
    role: "tidy-tray",
    kind: "frame",
    text: words.tray,
    fill: "#F5F6F8",
    x: trayLeft + TRAY_WIDTH / 2,
    y: origin.y + (200 + trayRows * (COPY + GAP)) / 2,
    width: TRAY_WIDTH,
    height: 200 + trayRows * (COPY + GAP),
  });
  loose.forEach((p, i) => {
    const item = copy(
      p,
      trayLeft + GAP + (i % 3) * (COPY + GAP) + COPY / 2,
      origin.y + 120 + Math.floor(i / 3) * (COPY + GAP) + COPY / 2,
      COPY,
    );
    items.push({ ...item, parentKey: "tidy:tray" });
  });
  return items;
}
