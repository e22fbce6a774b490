import { type ItemKey, keyText, parseItemKey } from "../board/app-items/item-key";
import type { BoardItem } from "../board/board-item";
import type { GridRow, GridStage } from "./grid";

/** The grid of a template the app put on the board, read from its marks. */
export interface TemplateGrid {
  templateId: string;
  stages: GridStage[];
  rows: GridRow[];
  title: string | null;
  headerText: string | null;
}

/**
 * Reads the template grids on the board from the app's marked cells, stage headers and lane
 * labels: exact, with nothing to guess. Only templates count (a tidy copy shares their roles but
 * is the app's copy, not the team's board). A board may hold several; all are returned.
 */
export function templateGrids(appItems: readonly BoardItem[]): TemplateGrid[] {
  const byTemplate = new Map<string, BoardItem[]>();
  for (const item of appItems) {
    if (item.mark?.part !== "template") continue;
    const id = item.mark.groupId;
    byTemplate.set(id, [...(byTemplate.get(id) ?? []), item]);
  }
  const grids: TemplateGrid[] = [];
  for (const [templateId, items] of byTemplate) {
    const stages = new Map<number, GridStage>();
    const rows = new Map<string, GridRow>();
    for (const item of items) {
      const key = parseItemKey(item.mark?.key ?? "");
      if (key?.role !== "cell") continue;
      stages.set(key.stage, widen(stages.get(key.stage), item, "x"));
      rows.set(key.lane, { ...widen(rows.get(key.lane), item, "y"), kind: key.lane });
    }
    if (stages.size === 0) continue;
    const byKey = new Map<string, string>();
    for (const item of items) {
      const key = item.mark?.key ?? "";
      if (!byKey.has(key)) byKey.set(key, item.text);
    }
    const textOf = (key: ItemKey) => byKey.get(keyText(key)) ?? null;
    grids.push({
      templateId,
      stages: [...stages.entries()]
        .sort(([a], [b]) => a - b)
        .map(([stage, band]) => ({ ...band, title: textOf({ role: "stage-header", stage }) })),
      rows: [...rows.values()]
        .sort((a, b) => a.band.start - b.band.start)
        .map((row) => ({ ...row, title: textOf({ role: "lane-label", lane: row.kind }) })),
      title: textOf({ role: "title" }),
      headerText: textOf({ role: "header-card" }),
    });
  }
  return grids;
}

function widen<T extends { band: { start: number; end: number } }>(
  known: T | undefined,
  cell: BoardItem,
  axis: "x" | "y",
): { title: null; band: { start: number; end: number } } {
  const half = (axis === "x" ? cell.width : cell.height) / 2;
  const start = cell[axis] - half;
  const end = cell[axis] + half;
  return {
    title: null,
    band: known
      ? { start: Math.min(known.band.start, start), end: Math.max(known.band.end, end) }
      : { start, end },
  };
}
