/** A limit on the credits spent within any sliding window of the given length. */
export interface CreditLimit {
  credits: number;
  windowMs: number;
}

interface Window extends CreditLimit {
  /** Index of the first spend still inside the window. */
  start: number;
  /** Credits of the spends from `start` on. */
  used: number;
}

/**
 * The credits spent in sliding windows (a minute and an hour), so calls wait for credits instead
 * of running into the platform's limit. `now` is the clock the windows slide on.
 */
export class CreditBudget {
  private spends: { at: number; credits: number }[] = [];
  private readonly windows: Window[];

  constructor(
    limits: readonly CreditLimit[],
    private readonly now: () => number,
  ) {
    this.windows = limits.map((limit) => ({ ...limit, start: 0, used: 0 }));
  }

  /**
   * How long to wait before `credits` more fit in every window; 0 when they fit now. A spend
   * larger than a whole window's limit fits once that window is empty, so nothing waits forever.
   */
  waitFor(credits: number): number {
    const now = this.now();
    this.slide(now);
    let wait = 0;
    for (const window of this.windows) {
      let used = window.used;
      for (let at = window.start; used > 0 && used + credits > window.credits; at++) {
        const spend = this.spends[at];
        if (!spend) break;
        used -= spend.credits;
        wait = Math.max(wait, spend.at + window.windowMs - now);
      }
    }
    return wait;
  }

  /** Records a spend now. */
  spend(credits: number): void {
    this.spends.push({ at: this.now(), credits });
    for (const window of this.windows) window.used += credits;
  }

  /** Credits spent within the last `windowMs` of the window at `index` (for tests and reports). */
  used(index = 0): number {
    this.slide(this.now());
    return this.windows[index]?.used ?? 0;
  }

  private slide(now: number): void {
    for (const window of this.windows) {
      for (let spend = this.spends[window.start]; spend; spend = this.spends[window.start]) {
        if (spend.at + window.windowMs > now) break;
        window.used -= spend.credits;
        window.start += 1;
      }
    }
    // Spends every window has left behind are forgotten, now and then, not on every call.
    const behind = Math.min(...this.windows.map((window) => window.start));
    if (behind > 1024 && behind * 2 > this.spends.length) {
      this.spends = this.spends.slice(behind);
      for (const window of this.windows) window.start -= behind;
    }
  }
}
