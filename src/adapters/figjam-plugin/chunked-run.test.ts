import { describe, expect, it } from "vitest";
import type { Progress } from "../../core/board/board-port";
import { CancelledError } from "../../core/board/ownership";
import { chunkedRun, inChunks } from "./chunked-run";

/** A clock each entry moves on by `perEntry` ms, and a log of the yields to FigJam. */
function pacing(perEntry: number, chunk: { chunkMs: number; chunkSize: number }) {
  let time = 0;
  const log: string[] = [];
  return {
    log,
    tick: () => {
      time += perEntry;
    },
    pacing: {
      ...chunk,
      now: () => time,
      yieldToHost: async () => {
        log.push("yield");
      },
    },
  };
}

describe("chunkedRun", () => {
  it("ends a chunk once its time is up, reports progress and yields before the next", async () => {
    const clock = pacing(10, { chunkMs: 25, chunkSize: 100 });
    const progress: Progress[] = [];
    const outcome = await chunkedRun(
      [1, 2, 3, 4, 5, 6, 7],
      (n) => {
        clock.tick();
        clock.log.push(`${n}`);
        return n * 2;
      },
      clock.pacing,
      { onProgress: (p) => progress.push(p) },
    );
    expect(outcome).toMatchObject({ done: 7, failed: false, cancelled: false });
    expect(outcome.results).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(clock.log.join(" ")).toBe("yield 1 2 3 yield 4 5 6 yield 7");
    expect(progress.map((p) => p.done)).toEqual([3, 6, 7]);
  });

  it("ends a chunk after its count of entries when they are quick", async () => {
    const clock = pacing(0, { chunkMs: 25, chunkSize: 2 });
    await chunkedRun([1, 2, 3, 4, 5], (n) => clock.log.push(`${n}`), clock.pacing);
    expect(clock.log.join(" ")).toBe("yield 1 2 yield 3 4 yield 5");
  });

  it("stops before the next chunk once cancelled, and at once on a failure", async () => {
    const clock = pacing(0, { chunkMs: 25, chunkSize: 2 });
    const signal = { aborted: false };
    const cancelled = await chunkedRun([1, 2, 3, 4], () => undefined, clock.pacing, {
      signal,
      onProgress: () => {
        signal.aborted = true;
      },
    });
    expect(cancelled).toMatchObject({ done: 2, cancelled: true, failed: false });
    const failure = new Error("Internal error");
    const failed = await chunkedRun(
      [1, 2, 3],
      (n) => {
        if (n === 2) throw failure;
        return n;
      },
      clock.pacing,
    );
    expect(failed).toMatchObject({
      done: 1,
      failed: true,
      failure,
      results: [1, undefined, undefined],
    });
  });

  it("runs a plain loop in chunks of time alone, and throws what stopped it", async () => {
    const clock = pacing(10, { chunkMs: 25, chunkSize: 2 });
    const double = (n: number) => {
      clock.tick();
      return n * 2;
    };
    const doubled = await inChunks([1, 2, 3, 4], double, clock.pacing);
    expect(doubled).toEqual([2, 4, 6, 8]);
    expect(clock.log).toEqual(["yield", "yield"]);
    const stopped = inChunks(
      [1],
      () => {
        throw new CancelledError(0);
      },
      clock.pacing,
    );
    await expect(stopped).rejects.toThrow(CancelledError);
  });
});
