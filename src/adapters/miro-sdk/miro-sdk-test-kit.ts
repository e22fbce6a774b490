import type { MiroSdkBoardOptions } from "./miro-sdk-options";

/**
 * A clock that only moves when someone sleeps: waits of any length take no time in a test, and
 * the adapter's budget and backoff see time pass as they would.
 */
export function virtualClock(start = 0) {
  const clock = {
    time: start,
    slept: [] as number[],
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.time += ms;
    },
  };
  return clock;
}

/** Options for tests: a virtual clock and a fixed jitter, everything else at its default. */
export function testOptions(overrides: MiroSdkBoardOptions = {}): MiroSdkBoardOptions {
  const clock = virtualClock();
  return { now: clock.now, sleep: clock.sleep, random: () => 0.5, ...overrides };
}

/** An error shaped as the emulator and (as far as known) Miro shape a rate-limit rejection. */
export function rateLimitError(): Error {
  return Object.assign(new Error("API rate limit exceeded: try again later"), { status: 429 });
}
