import type { AppMark } from "../../core/board/app-items/app-mark";
import { readMark } from "../../core/board/app-items/read-mark";

/** The metadata key the app keeps its mark under, on every item it creates. */
export const MARK_KEY = "mark";

/**
 * The marks of the items seen this session, by id: the app's mark, or null for an item that is
 * not the app's. Reading a mark costs a call per item, and a mark never changes once written
 * (the app writes it at creation, and Miro never reuses an id), so each item's is read once.
 */
export class MarkCache {
  private readonly marks = new Map<string, AppMark | null>();

  /** The mark of an item seen before; undefined for one never seen. */
  known(id: string): AppMark | null | undefined {
    return this.marks.get(id);
  }

  /** Keeps the mark as stored on the board (any version; what is not a mark is null). */
  remember(id: string, stored: unknown): AppMark | null {
    const mark = readMark(stored);
    this.marks.set(id, mark);
    return mark;
  }

  get size(): number {
    return this.marks.size;
  }
}
