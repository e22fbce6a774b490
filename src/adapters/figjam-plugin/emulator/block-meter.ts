/** How the emulator models the cost of the plugin's work on FigJam's main thread. */
export interface BlockModel {
  /**
   * Modelled milliseconds FigJam spends per node the plugin creates, changes or removes (layout,
   * rendering, multiplayer), on top of the emulator's own measured time. Default 0.1.
   */
  costPerNodeMs: number;
  /** The clock the calls are measured by; default `performance.now`. */
  now: () => number;
}

/**
 * Measures the plugin's blocks: the stretches of synchronous work on FigJam's main thread between
 * two yields to a timer. A block opens with the first call after a yield and a timer set then
 * closes it: any yield to a timer (`await new Promise(r => setTimeout(r, 0))`) lets that timer run
 * first, while awaiting a promise that is already settled (a microtask) does not. A block's length
 * is the measured time of the calls in it plus the modelled cost of the nodes they changed; the
 * plugin's own code between calls is not counted (see the README).
 */
export class BlockMeter {
  /** How many blocks the plugin has run. */
  blocks = 0;
  private longest = 0;
  private current = 0;
  private open = false;
  private depth = 0;

  constructor(
    private readonly model: BlockModel,
    /** Called when a block closes, before the plugin resumes: people's edits land here. */
    private readonly onYield: () => void,
  ) {}

  /** The longest block so far, the open one included. */
  get longestBlockMs(): number {
    return Math.max(this.longest, this.open ? this.current : 0);
  }

  /**
   * Runs one call of the plugin's inside the current block, timing it; `charge(n)` adds the
   * modelled cost of n nodes. A call made inside another (the emulator's own) is not timed twice.
   */
  measure<T>(effect: (charge: (nodes: number) => void) => T): T {
    this.openBlock();
    const charge = (nodes: number) => {
      this.current += nodes * this.model.costPerNodeMs;
    };
    if (this.depth > 0) return effect(charge);
    this.depth++;
    const start = this.model.now();
    try {
      return effect(charge);
    } finally {
      this.current += this.model.now() - start;
      this.depth--;
    }
  }

  private openBlock(): void {
    if (this.open) return;
    this.open = true;
    this.blocks++;
    this.current = 0;
    setTimeout(() => this.close(), 0);
  }

  private close(): void {
    this.longest = Math.max(this.longest, this.current);
    this.open = false;
    this.onYield();
  }
}
