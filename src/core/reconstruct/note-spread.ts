import type { Interval } from "./intervals";
import { orderByValues } from "./order-by-keys";
import { selectKth } from "./select-kth";

/** Anything laid out on the board with a middle and a size along each axis. */
export interface Placed {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How a set of notes spreads along one axis: their middles and sizes in typed arrays, sorted
 * once per question and reused, so that reading a board of fifty thousand notes costs a few
 * sorts, not one for every question asked of it.
 */
export class NoteSpread {
  private readonly orders = new Map<number, Uint32Array>();
  private readonly blockCache = new Map<string, Interval[]>();

  constructor(
    private readonly middles: Float64Array,
    private readonly sizes: Float64Array,
  ) {}

  /** The notes' spread along x (columns, stages) or y (rows, lanes). */
  static of(notes: readonly Placed[], axis: "x" | "y"): NoteSpread {
    const middles = new Float64Array(notes.length);
    const sizes = new Float64Array(notes.length);
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i] as Placed;
      middles[i] = axis === "x" ? note.x : note.y;
      sizes[i] = axis === "x" ? note.width : note.height;
    }
    return new NoteSpread(middles, sizes);
  }

  get count(): number {
    return this.middles.length;
  }

  /** The middle below which the share `q` of the notes lie; NaN for no notes. */
  quantile(q: number): number {
    const n = this.middles.length;
    if (n === 0) return Number.NaN;
    return selectKth(this.middles.slice(), Math.min(n - 1, Math.max(0, Math.floor(q * n))));
  }

  /**
   * What the notes cover, in order: the central `share` of each note's extent, merged where the
   * pieces overlap, touch or lie closer than `tolerance`.
   */
  blocks(share = 1, tolerance = 0): Interval[] {
    const key = `${share}|${tolerance}`;
    const known = this.blockCache.get(key);
    if (known) return known;
    const blocks: Interval[] = [];
    if (tolerance > 0) {
      // The pieces merged with a tolerance are their touching blocks merged with it: a walk over
      // the blocks, not over every note again.
      for (const block of this.blocks(share)) {
        const last = blocks[blocks.length - 1];
        if (last && block.start - last.end <= tolerance) last.end = Math.max(last.end, block.end);
        else blocks.push({ start: block.start, end: block.end });
      }
      this.blockCache.set(key, blocks);
      return blocks;
    }
    const order = this.byStart(share);
    for (let k = 0; k < order.length; k++) {
      const index = order[k] as number;
      const half = ((this.sizes[index] as number) * share) / 2;
      const start = (this.middles[index] as number) - half;
      const end = (this.middles[index] as number) + half;
      const last = blocks[blocks.length - 1];
      if (last && start - last.end <= tolerance) last.end = Math.max(last.end, end);
      else blocks.push({ start, end });
    }
    this.blockCache.set(key, blocks);
    return blocks;
  }

  /** The uncovered stretches between the blocks of `blocks(share)`. */
  gaps(share = 1): Interval[] {
    const blocks = this.blocks(share);
    const gaps: Interval[] = [];
    for (let i = 1; i < blocks.length; i++) {
      gaps.push({ start: (blocks[i - 1] as Interval).end, end: (blocks[i] as Interval).start });
    }
    return gaps;
  }

  /**
   * The notes' indexes in the order their pieces start, one sort per share asked for.
   */
  private byStart(share: number): Uint32Array {
    let order = this.orders.get(share);
    if (!order) {
      const n = this.middles.length;
      const starts = new Float64Array(n);
      let lowest = Number.POSITIVE_INFINITY;
      let highest = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        const start = (this.middles[i] as number) - ((this.sizes[i] as number) * share) / 2;
        starts[i] = start;
        lowest = Math.min(lowest, start);
        highest = Math.max(highest, start);
      }
      order = orderByValues(starts, lowest, highest);
      this.orders.set(share, order);
    }
    return order;
  }
}
