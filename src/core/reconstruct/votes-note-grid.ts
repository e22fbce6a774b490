import type { Note } from "../model/note";

/** A note's box, as the grid keeps it. */
type Boxed = Pick<Note, "id" | "x" | "y" | "width" | "height">;

/** A note larger than this many cells each way is kept in its middle cells only. */
const MAX_CELLS_PER_SIDE = 4;
/** Cell coordinates are offset to keep the packed key positive. */
const OFFSET = 2 ** 20;

/**
 * The notes by where they lie: a grid of note-sized cells, each listing the notes that overlap
 * it. Finding the note under a dot, or whether any note lies in a box, looks at a few cells
 * instead of every note.
 */
export class NoteGrid<T extends Boxed = Note> {
  private readonly cells = new Map<number, T[]>();

  constructor(
    notes: readonly T[],
    private readonly cellWidth: number,
    private readonly cellHeight: number,
  ) {
    for (const note of notes) {
      const [left, right] = this.span(note.x, note.width, this.cellWidth);
      const [top, bottom] = this.span(note.y, note.height, this.cellHeight);
      for (let cx = left; cx <= right; cx++) {
        for (let cy = top; cy <= bottom; cy++) {
          const key = cellKey(cx, cy);
          const cell = this.cells.get(key);
          if (cell) cell.push(note);
          else this.cells.set(key, [note]);
        }
      }
    }
  }

  /**
   * The note whose box, grown by `slack` each way, holds the point; the one whose centre is
   * nearest where several do, leaving out those `skip` says to. Null where none does.
   */
  at(x: number, y: number, slack = 0, skip?: (note: T) => boolean): T | null {
    let best: T | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const note of this.centresNear(x, y, slack)) {
      if (skip?.(note)) continue;
      const dx = Math.abs(x - note.x);
      const dy = Math.abs(y - note.y);
      if (dx > note.width / 2 + slack || dy > note.height / 2 + slack) continue;
      const distance = dx * dx + dy * dy;
      if (distance < bestDistance) {
        best = note;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The notes whose centres lie in the box (left, top, right, bottom), each once. */
  centresIn(left: number, top: number, right: number, bottom: number): T[] {
    const found = new Set<T>();
    const x0 = Math.floor(left / this.cellWidth);
    const x1 = Math.floor(right / this.cellWidth);
    const y0 = Math.floor(top / this.cellHeight);
    const y1 = Math.floor(bottom / this.cellHeight);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        for (const note of this.cells.get(cellKey(cx, cy)) ?? []) {
          if (note.x >= left && note.x <= right && note.y >= top && note.y <= bottom)
            found.add(note);
        }
      }
    }
    return [...found];
  }

  /** The notes listed in the cells within `slack` of the point (some more than once). */
  private *centresNear(x: number, y: number, slack: number): Generator<T> {
    const x0 = Math.floor((x - slack) / this.cellWidth);
    const x1 = Math.floor((x + slack) / this.cellWidth);
    const y0 = Math.floor((y - slack) / this.cellHeight);
    const y1 = Math.floor((y + slack) / this.cellHeight);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) yield* this.cells.get(cellKey(cx, cy)) ?? [];
    }
  }

  /** The cells a note covers along one axis, its middle ones when it covers very many. */
  private span(centre: number, size: number, cell: number): [number, number] {
    const first = Math.floor((centre - size / 2) / cell);
    const last = Math.floor((centre + size / 2) / cell);
    if (last - first < MAX_CELLS_PER_SIDE) return [first, last];
    const middle = Math.floor(centre / cell);
    return [middle - MAX_CELLS_PER_SIDE / 2, middle + MAX_CELLS_PER_SIDE / 2];
  }
}

function cellKey(cx: number, cy: number): number {
  return (cx + OFFSET) * 2 * OFFSET + (cy + OFFSET);
}
