import type { BoardItem } from "../core/board/board-item";

/** A connector drawn as a straight line between its ends' centres, in board units. */
export interface ConnectorLine {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  mine: boolean;
}

/**
 * The line of each connector whose two ends are on the board; a connector with an end missing
 * (a file that names an item it does not hold) is not drawn.
 */
export function connectorLines(items: readonly BoardItem[]): ConnectorLine[] {
  const centres = new Map(items.map((item) => [item.id, item]));
  return items.flatMap((item) => {
    if (item.kind !== "connector" || !item.ends) return [];
    const from = centres.get(item.ends.from);
    const to = centres.get(item.ends.to);
    if (!from || !to) return [];
    return [{ id: item.id, x1: from.x, y1: from.y, x2: to.x, y2: to.y, mine: item.mark !== null }];
  });
}

/** Whether two lines draw the same. */
export function sameLine(a: ConnectorLine, b: ConnectorLine): boolean {
  return a.x1 === b.x1 && a.y1 === b.y1 && a.x2 === b.x2 && a.y2 === b.y2 && a.mine === b.mine;
}
