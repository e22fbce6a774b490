import type { Note } from "../model/note";

/** A note's box, as the grid keeps it. */
type Boxed = Pick<Note, "id" | "x" | "y" | "width" | "height">;

/** Cell coordinates are offset to keep the packed key positive. */
const OFFSET = 2 ** 20;

/**
 * The notes by where they lie: a grid of note-sized cells, each listing the notes whose centre
 * it holds (notes more than twice a cell's size are kept apart, few as they are). Finding the
 * note under a dot, or the notes in a box, looks at a few cells instead of every note.
 */
export class NoteGrid<T extends Boxed = Note> {
  private readonly cells = new Map<number, T[]>();
  private readonly large: T[] = [];

  constructor(
    notes: readonly T[],
    private readonly cellWidth: number,
    private readonly cellHeight: number,
  ) {
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i] as T;
      if (note.width > 2 * cellWidth || note.height > 2 * cellHeight) {
        this.large.push(note);
        continue;
      }
      const key = cellKey(Math.floor(note.x / cellWidth), Math.floor(note.y / cellHeight));
      const cell = this.cells.get(key);
      if (cell) cell.push(note);
      else this.cells.set(key, [note]);
    }
  }

  /**
   * The note whose box, grown by `slack` each way, holds the point; the one whose centre is
   * nearest where several do, leaving out those `skip` says to. Null where none does.
   */
  at(x: number, y: number, slack = 0, skip?: (note: T) => boolean): T | null {
    let best: T | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    // A note's centre lies at most a cell (its half-size) and the slack from the point.
    const [rx, ry] = [this.cellWidth + slack, this.cellHeight + slack];
    const consider = (note: T) => {
      if (skip?.(note)) return;
      const dx = Math.abs(x - note.x);
      const dy = Math.abs(y - note.y);
      if (dx > note.width / 2 + slack || dy > note.height / 2 + slack) return;
      const distance = dx * dx + dy * dy;
      if (distance < bestDistance) {
        best = note;
        bestDistance = distance;
      }
    };
    this.eachInCells(x - rx, y - ry, x + rx, y + ry, consider);
    for (const note of this.large) consider(note);
    return best;
  }

  /** The notes whose centres lie in the box (left, top, right, bottom). */
  centresIn(left: number, top: number, right: number, bottom: number): T[] {
    const found: T[] = [];
    const inside = (note: T) => {
      if (note.x >= left && note.x <= right && note.y >= top && note.y <= bottom) found.push(note);
    };
    this.eachInCells(left, top, right, bottom, inside);
    for (const note of this.large) inside(note);
    return found;
  }

  /** Calls `visit` for each note listed in the cells the box covers. */
  private eachInCells(
    left: number,
    top: number,
    right: number,
    bottom: number,
    visit: (note: T) => void,
  ): void {
    const x1 = Math.floor(right / this.cellWidth);
    const y1 = Math.floor(bottom / this.cellHeight);
    for (let cx = Math.floor(left / this.cellWidth); cx <= x1; cx++) {
      for (let cy = Math.floor(top / this.cellHeight); cy <= y1; cy++) {
        const cell = this.cells.get(cellKey(cx, cy));
        if (cell) for (const note of cell) visit(note);
      }
    }
  }
}

function cellKey(cx: number, cy: number): number {
  return (cx + OFFSET) * 2 * OFFSET + (cy + OFFSET);
}
