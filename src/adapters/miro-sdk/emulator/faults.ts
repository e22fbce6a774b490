/** Faults the emulator injects, each drawn per call from the emulator's `random`. */
export interface MiroFaults {
  /** Probability a call is rejected (before it changes anything) with a plain error. */
  failureRate?: number;
  /** Probability a call starts a burst of rate-limit rejections... */
  rateLimitBurstRate?: number;
  /** ...of this many calls, the first included (default 5). */
  rateLimitBurstLength?: number;
  /** Probability that, before a call, a user edits the board. */
  userEditRate?: number;
}

const DEFAULT_BURST_LENGTH = 5;

/**
 * Draws the faults call by call. A rate of 0 draws nothing, so a run without faults leaves the
 * random sequence alone; with the same seed and the same calls, the same faults come back.
 */
export class FaultDice {
  private burstLeft = 0;

  constructor(
    private readonly faults: MiroFaults,
    private readonly random: () => number,
  ) {}

  private roll(rate: number | undefined): boolean {
    return rate !== undefined && rate > 0 && this.random() < rate;
  }

  /** Whether a user edits the board before this call. */
  userEdits(): boolean {
    return this.roll(this.faults.userEditRate);
  }

  /** Whether this call falls in a burst of rate-limit rejections, or starts one. */
  rateLimited(): boolean {
    if (this.burstLeft > 0) {
      this.burstLeft--;
      return true;
    }
    if (!this.roll(this.faults.rateLimitBurstRate)) return false;
    this.burstLeft = Math.max(0, (this.faults.rateLimitBurstLength ?? DEFAULT_BURST_LENGTH) - 1);
    return true;
  }

  /** Whether this call fails with a plain error. */
  fails(): boolean {
    return this.roll(this.faults.failureRate);
  }
}
