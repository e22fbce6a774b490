import { describe, expect, it } from "vitest";
import { manualSchedule } from "./figjam-test-kit";
import { UndoSteps } from "./undo-steps";

function steps(quietMs = 400) {
  const timer = manualSchedule();
  const commits: number[] = [];
  const asked: number[] = [];
  const undo = new UndoSteps(
    () => commits.push(commits.length + 1),
    (task, ms) => {
      asked.push(ms);
      return timer.schedule(task, ms);
    },
    quietMs,
  );
  return { undo, timer, commits, asked };
}

describe("UndoSteps", () => {
  it("commits the changes of a run of calls once they have been quiet for the quiet time", async () => {
    const { undo, timer, commits, asked } = steps();
    await undo.around(async () => undo.noteChange());
    await undo.around(async () => "a read");
    expect(timer.pending).toBe(1);
    timer.flush();
    expect(commits).toEqual([1]);
    expect(asked).toEqual([400, 400]);
  });

  it("waits while a call runs, and commits nothing when nothing changed", async () => {
    const { undo, timer, commits } = steps();
    let finish = () => {};
    const running = undo.around(
      () =>
        new Promise<void>((resolve) => {
          undo.noteChange();
          finish = resolve;
        }),
    );
    await undo.around(async () => undefined);
    // The first call still runs: the task is not over.
    expect(timer.pending).toBe(0);
    finish();
    await running;
    timer.flush();
    await undo.around(async () => "a read");
    timer.flush();
    undo.commit();
    expect(commits).toEqual([1]);
  });

  it("commits at once when told, and the quiet time's timer then finds nothing", async () => {
    const { undo, timer, commits } = steps();
    await undo.around(async () => undo.noteChange());
    undo.commit();
    expect(timer.pending).toBe(0);
    expect(commits).toEqual([1]);
  });

  it("ends the step of a call that failed too", async () => {
    const { undo, timer, commits } = steps();
    const failing = undo.around(async () => {
      undo.noteChange();
      throw new Error("stopped");
    });
    await expect(failing).rejects.toThrow("stopped");
    timer.flush();
    expect(commits).toEqual([1]);
  });
});
