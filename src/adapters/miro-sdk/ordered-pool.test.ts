import { describe, expect, it } from "vitest";
import type { CancelSignal } from "../../core/board/board-port";
import { CancelledError } from "../../core/board/ownership";
import { orderedPool } from "./ordered-pool";

/** A job per entry that finishes only when the test lets it. */
function gate() {
  const open = new Map<number, (ok: boolean) => void>();
  const started: number[] = [];
  const work = (entry: number) =>
    new Promise<number>((resolve, reject) => {
      started.push(entry);
      open.set(entry, (ok) => (ok ? resolve(entry * 10) : reject(new Error(`failed ${entry}`))));
    });
  const finish = async (entry: number, ok = true) => {
    open.get(entry)?.(ok);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { started, work, finish };
}

describe("orderedPool", () => {
  it("keeps at most `concurrency` entries under way, started in order", async () => {
    const { started, work, finish } = gate();
    const seen: number[] = [];
    const run = orderedPool([1, 2, 3, 4, 5], work, {
      concurrency: 2,
      onDone: (done) => seen.push(done),
    });
    expect(started).toEqual([1, 2]);
    await finish(2);
    expect(started).toEqual([1, 2, 3]);
    for (const entry of [1, 3, 4, 5]) await finish(entry);
    const outcome = await run;
    expect(outcome.results).toEqual([10, 20, 30, 40, 50]);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(outcome).toMatchObject({ done: 5, failed: false, cancelled: false });
  });

  it("starts nothing more once cancelled, and ends when those under way have finished", async () => {
    const { started, work, finish } = gate();
    const signal = { aborted: false };
    const run = orderedPool([1, 2, 3, 4], work, { concurrency: 2, signal });
    signal.aborted = true;
    await finish(1);
    await finish(2);
    const outcome = await run;
    expect(started).toEqual([1, 2]);
    expect(outcome).toMatchObject({
      done: 2,
      cancelled: true,
      results: [10, 20, undefined, undefined],
    });
  });

  it("stops at the first failure and keeps it", async () => {
    const { started, work, finish } = gate();
    const run = orderedPool([1, 2, 3, 4], work, { concurrency: 2 });
    await finish(1, false);
    await finish(2, false);
    const outcome = await run;
    expect(started).toEqual([1, 2]);
    expect(outcome.failed).toBe(true);
    expect((outcome.failure as Error).message).toBe("failed 1");
  });

  it("hands the entries under way a signal that aborts at the first failure or the cancel", async () => {
    const { work, finish } = gate();
    const seen: CancelSignal[] = [];
    const user = { aborted: false };
    const run = orderedPool(
      [1, 2, 3],
      (entry, _, signal) => {
        seen.push(signal);
        return work(entry);
      },
      { concurrency: 3, signal: user },
    );
    expect(seen.map((signal) => signal.aborted)).toEqual([false, false, false]);
    await finish(2, false);
    // Those still waiting stop their waits: the run has failed.
    expect(seen.map((signal) => signal.aborted)).toEqual([true, true, true]);
    await finish(1);
    await finish(3);
    expect(await run).toMatchObject({ done: 2, failed: true, cancelled: false });

    const cancelled = { aborted: false };
    const other = gate();
    const again = orderedPool(
      [1],
      (entry, _, signal) => {
        seen.push(signal);
        return other.work(entry);
      },
      { concurrency: 1, signal: cancelled },
    );
    cancelled.aborted = true;
    expect(seen[3]?.aborted).toBe(true);
    await other.finish(1);
    // Every entry had started and finished: nothing was left undone.
    expect(await again).toMatchObject({ done: 1, cancelled: false });
  });

  it("takes an entry's own CancelledError as a cancel, not a failure", async () => {
    const outcome = await orderedPool(
      [1, 2],
      async (entry) => {
        if (entry === 1) throw new CancelledError(0);
        return entry;
      },
      { concurrency: 1 },
    );
    expect(outcome).toMatchObject({ done: 0, cancelled: true, failed: false });
  });

  it("ends at once with nothing to do", async () => {
    const outcome = await orderedPool([], async () => 1, { concurrency: 3 });
    expect(outcome).toMatchObject({ done: 0, results: [] });
  });
});
