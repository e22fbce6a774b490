import { describe, expect, it } from "vitest";
import { CancelledError } from "../../core/board/ownership";
import { cancellableWait } from "./cancellable-wait";

describe("cancellableWait", () => {
  it("sleeps the whole wait in slices", async () => {
    const slept: number[] = [];
    await cancellableWait(600, async (ms) => void slept.push(ms), undefined);
    expect(slept).toEqual([250, 250, 100]);
  });

  it("stops at the next slice once the signal is aborted", async () => {
    const signal = { aborted: false };
    const slept: number[] = [];
    const waiting = cancellableWait(
      10_000,
      async (ms) => {
        slept.push(ms);
        if (slept.length === 2) signal.aborted = true;
      },
      signal,
    );
    await expect(waiting).rejects.toThrow(CancelledError);
    expect(slept).toEqual([250, 250]);
  });

  it("does not sleep at all when already cancelled", async () => {
    const slept: number[] = [];
    await expect(
      cancellableWait(100, async (ms) => void slept.push(ms), { aborted: true }),
    ).rejects.toThrow(CancelledError);
    expect(slept).toEqual([]);
  });
});
