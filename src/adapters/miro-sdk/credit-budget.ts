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
 * of running into the platform's limit. `now` is the clock the windows slide on. A call counts
 * from when it is sent (`begin`), and its spend is dated when it has answered (`end`): Miro
 * charges it somewhere in between, so the window frees its credits no sooner than Miro's does.
 */
export class CreditBudget {
  private spends: { at: number; credits: number }[] = [];
  private readonly windows: Window[];
  private inFlight = 0;

  constructor(
    limits: readonly CreditLimit[],
    private readonly now: () => number,
  ) {
    this.windows = limits.map((limit) => ({ ...limit, start: 0, used: 0 }));
  }

  /**
   * How long to wait before `credits` more fit in every window; 0 when they fit now. A spend
   * larger than a whole window's limit fits once that window is empty, so nothing waits forever;
   * when the calls in flight alone fill a window, the wait is a short one, for them to answer.
   */
  waitFor(credits: number): number {
    const now = this.now();
    this.slide(now);
    let wait = 0;
    for (const window of this.windows) {
      let used = window.used + this.inFlight;
      let at = window.start;
      for (; used > this.inFlight && used + credits > window.credits; at++) {
        const spend = this.spends[at];
        if (!spend) break;
        used -= spend.credits;
        wait = Math.max(wait, spend.at + window.windowMs - now);
      }
      if (this.inFlight > 0 && used + credits > window.credits) {
        wait = Math.max(wait, Math.ceil(window.windowMs / 100));
      }
    }
    return wait;
  }

  /** A call of `credits` is sent: they count at once. */
  begin(credits: number): void {
    this.inFlight += credits;
  }

  /** The call has answered (or failed): its spend is dated now. */
  end(credits: number): void {
    this.inFlight -= credits;
    this.spends.push({ at: this.now(), credits });
    for (const window of this.windows) window.used += credits;
  }

  /** Both at once: a spend dated now. */
  spend(credits: number): void {
    this.begin(credits);
    this.end(credits);
  }

  /** Credits spent within the last `windowMs` of the window at `index`, in flight included. */
  used(index = 0): number {
    this.slide(this.now());
    return (this.windows[index]?.used ?? 0) + this.inFlight;
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
