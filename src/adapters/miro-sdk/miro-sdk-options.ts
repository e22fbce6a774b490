import type { Backoff } from "./backoff";
import { type Sleep, timerSleep } from "./cancellable-wait";

/** How the Miro adapter paces, retries and gives up; every field has a default. */
export interface MiroSdkBoardOptions {
  /** SDK calls in flight at once while writing (one item's calls run one after another). */
  concurrency?: number;
  /** What Miro charges per Web SDK call. */
  creditsPerCall?: number;
  /** Miro's limit per user and app in a minute, and in an hour. */
  creditsPerMinute?: number;
  creditsPerHour?: number;
  /** The share of each limit the adapter lets itself use, so other work of the app fits. */
  budgetShare?: number;
  /** The length of the "minute" window; the hour is 60 of them (tests shrink it). */
  windowMs?: number;
  /** Retries of a call that failed for another reason than a rate limit or a missing item. */
  retries?: number;
  retryBackoff?: Backoff;
  /** The backoff after a rate-limit rejection, retried until `giveUpAfterMs` has passed. */
  rateLimitBackoff?: Backoff;
  giveUpAfterMs?: number;
  /**
   * How long, in all, removing what a stopped write made and could not mark may take: the
   * user is waiting for the write to end, so the cleanup gives up far sooner than a write.
   */
  cleanupGiveUpAfterMs?: number;
  sleep?: Sleep;
  now?: () => number;
  random?: () => number;
}

export type MiroSdkSettings = Required<MiroSdkBoardOptions>;

/** The defaults: Miro's published limits, 90% of them as the budget, six calls in flight. */
export const MIRO_SDK_DEFAULTS: MiroSdkSettings = {
  concurrency: 6,
  creditsPerCall: 50,
  creditsPerMinute: 100_000,
  creditsPerHour: 1_000_000,
  budgetShare: 0.9,
  windowMs: 60_000,
  retries: 3,
  retryBackoff: { baseMs: 250, capMs: 4_000 },
  rateLimitBackoff: { baseMs: 1_000, capMs: 30_000 },
  giveUpAfterMs: 5 * 60_000,
  cleanupGiveUpAfterMs: 30_000,
  sleep: timerSleep,
  now: () => Date.now(),
  random: Math.random,
};

/** The options with every absent one at its default; a concurrency below one counts as one. */
export function miroSdkSettings(options: MiroSdkBoardOptions = {}): MiroSdkSettings {
  const given = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as MiroSdkBoardOptions;
  const settings = { ...MIRO_SDK_DEFAULTS, ...given };
  return { ...settings, concurrency: Math.max(1, Math.floor(settings.concurrency)) };
}
