import type { RefusalKind } from "./figjam-errors";

/** What the emulator counted of the plugin's calls. */
export interface FigJamMeter {
  /** Calls by name, counted (property reads are not: they are only timed). */
  readonly calls: number;
  /** Calls by name: `createSticky`, `set_characters`, `appendChild`, `findAllWithCriteria`... */
  readonly perMethod: Readonly<Record<string, number>>;
  /** Calls turned down: faults injected, and calls FigJam refuses (an unloaded font, a removed node...). */
  readonly refusals: Readonly<Record<RefusalKind, number>>;
  /** Nodes the plugin created, changed, moved or removed, one per node per call. */
  readonly nodeChanges: number;
}

/** Counts the plugin's calls. */
export class CallMeter implements FigJamMeter {
  calls = 0;
  nodeChanges = 0;
  private readonly methods: Record<string, number> = {};
  private readonly refused: Record<RefusalKind, number> = { fault: 0, refused: 0 };

  get perMethod(): Record<string, number> {
    return { ...this.methods };
  }

  get refusals(): Record<RefusalKind, number> {
    return { ...this.refused };
  }

  count(method: string): void {
    this.calls++;
    this.methods[method] = (this.methods[method] ?? 0) + 1;
  }

  refuse(kind: RefusalKind): void {
    this.refused[kind]++;
  }
}
