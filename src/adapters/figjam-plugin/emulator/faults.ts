/** Faults the emulator injects, each drawn per call of the plugin's from the emulator's `random`. */
export interface FigJamFaults {
  /**
   * Probability that a call changing the document (a create, a setter, `appendChild`, `remove`,
   * `setSharedPluginData`, a resize), or an async call, fails before it changes anything: a
   * synchronous call throws an Error, an async one rejects with it.
   */
  failureRate?: number;
  /**
   * Probability that such a call is followed by a person's edit. People's edits reach the
   * document between the plugin's tasks, never inside its synchronous code: the edit is made when
   * the plugin next yields to a timer (see the README's block model).
   */
  userEditRate?: number;
}

/**
 * Draws the faults call by call. A rate of 0 draws nothing, so a run without faults leaves the
 * random sequence alone; with the same seed and the same calls, the same faults come back.
 */
export class FaultDice {
  constructor(
    private readonly faults: FigJamFaults,
    private readonly random: () => number,
  ) {}

  private roll(rate: number | undefined): boolean {
    return rate !== undefined && rate > 0 && this.random() < rate;
  }

  /** Whether a person edits the document once the plugin yields after this call. */
  userEdits(): boolean {
    return this.roll(this.faults.userEditRate);
  }

  /** Whether this call fails with a plain error. */
  fails(): boolean {
    return this.roll(this.faults.failureRate);
  }
}
