import type { ItemKey } from "../board/app-items/item-key";
import type { Language } from "../lexicon/lane-words";
import type { Journey, Placement } from "../model/journey";
import type { LaneKind } from "../model/lane-kind";
import type { PlanItem } from "../plan/plan-item";
import { layoutTemplate } from "../template/layout-template";
import { WRITEBACK_WORDS } from "./writeback-words";

const COPY = 200;
const GAP = 20;
const TRAY_WIDTH = 700;
const FRAME: ItemKey = { role: "journey-frame" };
const TRAY: ItemKey = { role: "tidy-tray" };

/**
 * The tidy part: a clean template grid at `origin` with a copy of every placed note in its
 * cell, and beside it a tray with copies of the notes that have no cell. The users' notes stay
 * where they are; only copies move. The grid takes the template's roles and keys.
 */
export function tidyItems(
  journey: Journey,
  origin: { x: number; y: number },
  language: Language,
): PlanItem[] {
  const words = WRITEBACK_WORDS[language];
  const kinds = [...new Set(journey.lanes.map((l) => l.kind))];
  const layout = layoutTemplate({
    title: `${words.tidy}: ${journey.header.title ?? ""}`.replace(/: $/, ""),
    stages: journey.stages.map((s, i) => s.title ?? `${i + 1}`),
    lanes: kinds.length > 0 ? kinds : ["step"],
    language,
  });
  const at = (x: number, y: number) => ({ x: origin.x + x, y: origin.y + y });
  const items: PlanItem[] = layout.items.map((item) => ({ ...item, ...at(item.x, item.y) }));

  const notes = new Map(journey.notes.map((n) => [n.id, n]));
  const copy = (noteId: string, parent: ItemKey, x: number, y: number, size: number): PlanItem => {
    const note = notes.get(noteId);
    return {
      key: { role: "tidy-note", noteId },
      kind: "sticky",
      text: note?.text ?? "",
      colour: { kind: "note", fill: note?.colour ?? note?.rawColour ?? null },
      ...at(x, y),
      width: size,
      height: size,
      parent,
    };
  };

  const inCells = new Map<number, Map<LaneKind, Placement[]>>();
  const loose: string[] = journey.unplaced.filter((u) => u.role === undefined).map((u) => u.noteId);
  for (const placement of journey.placements) {
    const lane = layout.lanes.find((l) => l.kind === placement.lane);
    if (placement.stage === null || !lane) {
      loose.push(placement.noteId);
      continue;
    }
    const row = inCells.get(placement.stage) ?? new Map<LaneKind, Placement[]>();
    inCells.set(placement.stage, row.set(lane.kind, [...(row.get(lane.kind) ?? []), placement]));
  }
  for (const [stage, row] of inCells) {
    const columns = layout.stages[stage]?.band;
    for (const [kind, placed] of row) {
      const rows = layout.lanes.find((l) => l.kind === kind)?.band;
      if (!columns || !rows) continue;
      const perRow = Math.ceil(Math.sqrt(placed.length));
      const size = Math.min(COPY, (columns.end - columns.start - GAP) / perRow - GAP);
      placed.forEach((p, i) => {
        const x = columns.start + GAP + (i % perRow) * (size + GAP) + size / 2;
        const y = rows.start + GAP + Math.floor(i / perRow) * (size + GAP) + size / 2;
        items.push(copy(p.noteId, FRAME, x, y, size));
      });
    }
  }

  const trayLeft = layout.width + 200;
  const trayHeight = 200 + Math.ceil(loose.length / 3) * (COPY + GAP);
  items.push({
    key: TRAY,
    kind: "frame",
    text: words.tray,
    colour: { kind: "shade" },
    ...at(trayLeft + TRAY_WIDTH / 2, trayHeight / 2),
    width: TRAY_WIDTH,
    height: trayHeight,
  });
  loose.forEach((noteId, i) => {
    const x = trayLeft + GAP + (i % 3) * (COPY + GAP) + COPY / 2;
    const y = 120 + Math.floor(i / 3) * (COPY + GAP) + COPY / 2;
    items.push(copy(noteId, TRAY, x, y, COPY));
  });
  return items;
}
