import { describe, expect, it } from "vitest";
import { BoardUnavailableError } from "../../core/board/board-unavailable-error";
import { CancelledError } from "../../core/board/ownership";
import { CallRunner } from "./call-runner";
import { miroSdkSettings } from "./miro-sdk-options";
import { rateLimitError, virtualClock } from "./miro-sdk-test-kit";

function runner(overrides: Parameters<typeof miroSdkSettings>[0] = {}) {
  const clock = virtualClock();
  const settings = miroSdkSettings({
    now: clock.now,
    sleep: clock.sleep,
    random: () => 1,
    ...overrides,
  });
  return { clock, runner: new CallRunner(settings) };
}

/** A call that fails with the given errors in turn, then answers "ok". */
function failing(...errors: unknown[]) {
  const calls = { count: 0 };
  const call = async () => {
    const error = errors[calls.count++];
    if (error !== undefined) throw error;
    return "ok";
  };
  return { calls, call };
}

describe("CallRunner", () => {
  it("answers with the call's result and counts the call", async () => {
    const { runner: run } = runner();
    expect(await run.run(async () => 42)).toBe(42);
    expect(run.calls).toBe(1);
  });

  it("retries another failure a few times with a growing backoff, then gives up with it", async () => {
    const { clock, runner: run } = runner({ retries: 3 });
    const boom = new Error("Internal error, please try again");
    const { calls, call } = failing(boom, boom, boom, boom, boom);
    const error = await run.run(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardUnavailableError);
    expect((error as BoardUnavailableError).reason).toBe("Internal error, please try again");
    expect(calls.count).toBe(4);
    expect(clock.time).toBe(250 + 500 + 1000);
  });

  it("recovers when a retry succeeds", async () => {
    const { runner: run } = runner();
    const { calls, call } = failing(new Error("flaky"));
    expect(await run.run(call)).toBe("ok");
    expect(calls.count).toBe(2);
  });

  it("does not retry an item that is not found", async () => {
    const { runner: run } = runner();
    const gone = new Error("Item 12 not found");
    const { calls, call } = failing(gone);
    // As it came: a read tells an item deleted meanwhile from a board that does not answer.
    await expect(run.run(call)).rejects.toBe(gone);
    expect(calls.count).toBe(1);
  });

  it("backs off from a rate limit for as long as it takes, within the give-up time", async () => {
    const { clock, runner: run } = runner({
      rateLimitBackoff: { baseMs: 1000, capMs: 8000 },
      giveUpAfterMs: 60_000,
    });
    const { calls, call } = failing(...Array.from({ length: 6 }, rateLimitError));
    expect(await run.run(call)).toBe("ok");
    expect(calls.count).toBe(7);
    expect(clock.time).toBe(1000 + 2000 + 4000 + 8000 + 8000 + 8000);
  });

  it("gives up on a rate limit once the give-up time has passed", async () => {
    const { clock, runner: run } = runner({
      rateLimitBackoff: { baseMs: 1000, capMs: 1000 },
      giveUpAfterMs: 10_000,
    });
    const { calls, call } = failing(...Array.from({ length: 100 }, rateLimitError));
    const error = await run.run(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardUnavailableError);
    expect((error as BoardUnavailableError).reason).toBe(
      "API rate limit exceeded: try again later",
    );
    expect(calls.count).toBe(11);
    expect(clock.time).toBe(10_000);
  });

  it("stops waiting out a rate limit when the user cancels", async () => {
    const clock = virtualClock();
    const signal = { aborted: false };
    const run = new CallRunner(
      miroSdkSettings({
        now: clock.now,
        random: () => 1,
        sleep: async (ms) => {
          await clock.sleep(ms);
          signal.aborted = true;
        },
      }),
    );
    const { calls, call } = failing(rateLimitError(), rateLimitError());
    await expect(run.run(call, signal)).rejects.toThrow(CancelledError);
    expect(calls.count).toBe(1);
    expect(clock.slept).toEqual([250]);
  });

  it("keeps every window of the credit budget below its share of the limit", async () => {
    const { clock, runner: run } = runner({
      windowMs: 1000,
      creditsPerMinute: 250,
      creditsPerHour: 1_000_000,
      budgetShare: 0.8,
    });
    const times: number[] = [];
    for (let n = 0; n < 10; n++) await run.run(async () => times.push(clock.time));
    // 80% of 250 credits is 200: four calls of 50 in any second.
    expect(times).toEqual([0, 0, 0, 0, 1000, 1000, 1000, 1000, 2000, 2000]);
  });

  it("paces by the hour as well as by the minute", async () => {
    const { clock, runner: run } = runner({
      windowMs: 10,
      creditsPerMinute: 1000,
      creditsPerHour: 100,
      budgetShare: 1,
    });
    const times: number[] = [];
    for (let n = 0; n < 3; n++) await run.run(async () => times.push(clock.time));
    expect(times).toEqual([0, 0, 600]);
  });
});
