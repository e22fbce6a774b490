import type { BoardItem } from "../board/board-item";
import { LaneKindSchema } from "../model/lane-kind";
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
 * labels: exact, with nothing to guess. A board may hold several; all are returned.
 */
export function templateGrids(appItems: readonly BoardItem[]): TemplateGrid[] {
  const byTemplate = new Map<string, BoardItem[]>();
  for (const item of appItems) {
    const id = item.mark?.templateId;
    if (id !== undefined) byTemplate.set(id, [...(byTemplate.get(id) ?? []), item]);
  }
  const grids: TemplateGrid[] = [];
  for (const [templateId, items] of byTemplate) {
    const stages = new Map<number, GridStage>();
    const rows = new Map<string, GridRow>();
    for (const item of items) {
      const [role, column, lane] = item.mark?.key.split(":") ?? [];
      if (role !== "cell") continue;
      const kind = LaneKindSchema.safeParse(lane);
      const index = Number(column);
      if (!kind.success || !Number.isInteger(index)) continue;
      stages.set(index, widen(stages.get(index), item, "x"));
      rows.set(kind.data, { ...widen(rows.get(kind.data), item, "y"), kind: kind.data });
    }
    if (stages.size === 0) continue;
    const textOf = (key: string) => items.find((i) => i.mark?.key === key)?.text ?? null;
    grids.push({
      templateId,
      stages: [...stages.entries()]
        .sort(([a], [b]) => a - b)
        .map(([index, stage]) => ({ ...stage, title: textOf(`stage-header:${index}`) })),
      rows: [...rows.values()]
        .sort((a, b) => a.band.start - b.band.start)
        .map((row) => ({ ...row, title: textOf(`lane-label:${row.kind}`) })),
      title: textOf("title"),
      headerText: textOf("header-card"),
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
