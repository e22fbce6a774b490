import type { RejectionKind } from "./miro-errors";

/** What the emulator counted of the app's calls. */
export interface MiroMeter {
  /** Every call the app made, rejected ones too. */
  readonly calls: number;
  /** Credits charged: 50 a call, none for a call rejected by the rate limit. */
  readonly credits: number;
  /** Calls by method name (`createStickyNote`, `item.sync`, `frame.add`...). */
  readonly perMethod: Readonly<Record<string, number>>;
  readonly rejections: Readonly<Record<RejectionKind, number>>;
  /** The most credits charged within any window of `windowMs` (a sliding minute). */
  readonly peakCreditsPerMinute: number;
  /** Calls started and not yet settled. */
  readonly inFlight: number;
  readonly maxInFlight: number;
}

/** Miro's published limits, and the length of the "minute" they are counted over. */
export interface CreditLimits {
  perWindow: number;
  perHour: number;
  windowMs: number;
}

interface Charge {
  at: number;
  credits: number;
}

/** A sum of the charges made within the last `spanMs`, kept as the clock moves on. */
class SlidingSum {
  total = 0;
  private from = 0;

  constructor(
    private readonly charges: Charge[],
    private readonly spanMs: number,
  ) {}

  at(now: number): number {
    for (
      let c = this.charges[this.from];
      c && c.at <= now - this.spanMs;
      c = this.charges[this.from]
    ) {
      this.total -= c.credits;
      this.from++;
    }
    return this.total;
  }
}

/** Counts calls and credits, and says whether a call still fits Miro's sliding limits. */
export class CreditMeter implements MiroMeter {
  calls = 0;
  credits = 0;
  peakCreditsPerMinute = 0;
  inFlight = 0;
  maxInFlight = 0;
  private readonly methods: Record<string, number> = {};
  private readonly rejected: Record<RejectionKind, number> = {
    rateLimit: 0,
    failure: 0,
    notFound: 0,
    invalid: 0,
  };
  // Kept for the hour; an hour of Miro's limit is 20,000 calls, small enough to hold.
  private readonly charges: Charge[] = [];
  private readonly minute: SlidingSum;
  private readonly hour: SlidingSum;

  constructor(
    private readonly limits: CreditLimits,
    private readonly now: () => number,
  ) {
    this.minute = new SlidingSum(this.charges, limits.windowMs);
    this.hour = new SlidingSum(this.charges, limits.windowMs * 60);
  }

  get perMethod(): Record<string, number> {
    return { ...this.methods };
  }

  get rejections(): Record<RejectionKind, number> {
    return { ...this.rejected };
  }

  /** A call starts: counted, and in flight until `end`. */
  begin(method: string): void {
    this.calls++;
    this.methods[method] = (this.methods[method] ?? 0) + 1;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
  }

  end(): void {
    this.inFlight--;
  }

  /** Whether `credits` more now would stay within both the minute's and the hour's limit. */
  admits(credits: number): boolean {
    const now = this.now();
    return (
      this.minute.at(now) + credits <= this.limits.perWindow &&
      this.hour.at(now) + credits <= this.limits.perHour
    );
  }

  charge(credits: number): void {
    const now = this.now();
    this.charges.push({ at: now, credits });
    this.minute.total += credits;
    this.hour.total += credits;
    this.credits += credits;
    // A window's sum only grows at a charge, so the peak over every window is seen here.
    this.peakCreditsPerMinute = Math.max(this.peakCreditsPerMinute, this.minute.at(now));
  }

  reject(kind: RejectionKind): void {
    this.rejected[kind]++;
  }
}
