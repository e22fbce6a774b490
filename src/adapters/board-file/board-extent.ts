import type { BoardItem } from "../../core/board/board-item";

/**
 * How far from a board's centre an item may lie, and how large it may be, in board units. Miro's
 * and FigJam's boards end well inside this; beyond it the sums of positions and sizes lose all
 * precision, and near the largest double they overflow to infinity, which no journey can hold.
 */
const BOARD_EXTENT = 1e9;

const within = (value: number) => Number.isFinite(value) && Math.abs(value) <= BOARD_EXTENT;

/** Whether an item's place and size fit on a board: checked field by field, as it runs per item. */
function fits(item: BoardItem): boolean {
  return (
    within(item.x) &&
    within(item.y) &&
    within(item.width) &&
    within(item.height) &&
    item.width >= 0 &&
    item.height >= 0
  );
}

/** What is wrong with an item's place or size (`x 1e+308`), or null when it fits on a board. */
function outOfBoard(item: BoardItem): string | null {
  if (fits(item)) return null;
  for (const key of ["x", "y", "width", "height"] as const) {
    if (!within(item[key])) return `${key} ${item[key]}`;
  }
  return `${item.width < 0 ? "width" : "height"} below 0`;
}

/**
 * The items with a place and size a board can have. A note (sticky or card) outside is kept,
 * without a position, so it is listed as not placed; any other such item is left out. One
 * warning names the first of them and how many there are. The list itself is returned when all fit.
 */
export function itemsOnBoard(items: BoardItem[], warnings: string[]): BoardItem[] {
  // Items off every board are rare: the list is copied only when there is one.
  if (items.every(fits)) return items;
  let first: string | null = null;
  let count = 0;
  const kept: BoardItem[] = [];
  for (const item of items) {
    const wrong = outOfBoard(item);
    if (wrong === null) {
      kept.push(item);
      continue;
    }
    count++;
    first ??= `${item.platformType} ${item.id}: ${wrong}`;
    if (item.kind === "sticky" || item.kind === "card") {
      Object.assign(item, { x: 0, y: 0, width: 0, height: 0, noPosition: true });
      kept.push(item);
    }
  }
  if (first !== null) {
    const limit = BOARD_EXTENT.toLocaleString("en");
    warnings.push(
      `${count === 1 ? "1 item lies" : `${count} items lie`} beyond any board (${first}; a board reaches ±${limit}): notes among them are listed as not placed, the rest left out`,
    );
  }
  return kept;
}
