import type { BoardItem, Rect } from "../board/board-item";

/**
 * Items shared out among regions, each item in exactly one: the smallest region holding its
 * centre, else the nearest one; items the file gave no position go to the first region.
 */
export function shareOut(items: readonly BoardItem[], regions: readonly Rect[]): BoardItem[][] {
  const shares: BoardItem[][] = regions.map(() => []);
  if (regions.length === 0) return shares;
  for (const item of items) {
    const index = item.noPosition ? 0 : regionOf(item.x, item.y, regions);
    (shares[index] as BoardItem[]).push(item);
  }
  return shares;
}

/** The index of the smallest region holding a point, else of the nearest region. */
export function regionOf(x: number, y: number, regions: readonly Rect[]): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestArea = Number.POSITIVE_INFINITY;
  regions.forEach((r, i) => {
    const dx = Math.max(r.x - x, 0, x - (r.x + r.width));
    const dy = Math.max(r.y - y, 0, y - (r.y + r.height));
    const distance = Math.hypot(dx, dy);
    const area = r.width * r.height;
    if (distance < bestDistance || (distance === bestDistance && area < bestArea)) {
      best = i;
      bestDistance = distance;
      bestArea = area;
    }
  });
  return best;
}

/** Regions in reading order: rows top to bottom, each row left to right. */
export function readingOrder<T extends { rect: Rect }>(regions: readonly T[]): T[] {
  const rows: { bottom: number; members: T[] }[] = [];
  for (const region of [...regions].sort((a, b) => a.rect.y - b.rect.y)) {
    const middle = region.rect.y + region.rect.height / 2;
    const row = rows[rows.length - 1];
    if (row && middle < row.bottom) {
      row.members.push(region);
      row.bottom = Math.max(row.bottom, region.rect.y + region.rect.height);
    } else rows.push({ bottom: region.rect.y + region.rect.height, members: [region] });
  }
  return rows.flatMap((row) => row.members.sort((a, b) => a.rect.x - b.rect.x));
}
