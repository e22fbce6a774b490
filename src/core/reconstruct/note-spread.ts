import type { Interval } from "./intervals";
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
  private readonly sorted = new Map<number, { starts: Float64Array; ends: Float64Array }>();
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
    const { starts, ends } = this.edges(share);
    const n = starts.length;
    // A sweep over sorted starts and ends: a block is where at least one piece stands.
    const blocks: Interval[] = [];
    let open = 0;
    let j = 0;
    const close = () => {
      open--;
      if (open === 0) (blocks[blocks.length - 1] as Interval).end = ends[j] as number;
      j++;
    };
    for (let i = 0; i < n; i++) {
      const start = starts[i] as number;
      while (j < n && (ends[j] as number) < start) close();
      if (open === 0) {
        const last = blocks[blocks.length - 1];
        if (last && start - last.end <= tolerance) last.end = Math.max(last.end, start);
        else blocks.push({ start, end: start });
      }
      open++;
    }
    while (j < n) close();
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

  private edges(share: number): { starts: Float64Array; ends: Float64Array } {
    let edges = this.sorted.get(share);
    if (!edges) {
      const n = this.middles.length;
      const starts = new Float64Array(n);
      const ends = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const half = ((this.sizes[i] as number) * share) / 2;
        starts[i] = (this.middles[i] as number) - half;
        ends[i] = (this.middles[i] as number) + half;
      }
      edges = { starts: starts.sort(), ends: ends.sort() };
      this.sorted.set(share, edges);
    }
    return edges;
  }
}
