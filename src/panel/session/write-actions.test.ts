import { describe, expect, it } from "vitest";
import type { PanelSession } from "./panel-session";
import { sessionOn, smallWorkshop } from "./panel-test-kit";

const appItems = (all: { mark: { part: string } | null }[], part: string) =>
  all.filter((item) => item.mark?.part === part);

describe("writing back from the panel", () => {
  it("writes one part with progress, reports it, and a second run has nothing to change", async () => {
    const { session, board } = await sessionOn(smallWorkshop().items, { batchSize: 2 });
    await session.analyse.analyse();
    const progress: { done: number; total: number }[] = [];
    session.store.subscribe((s) => {
      if (s.task?.progress && s.task.progress !== progress.at(-1)) progress.push(s.task.progress);
    });

    await session.write.write("summaries");
    const written = appItems(board.all(), "summaries");
    expect(written.length).toBe(4); // a headline and three stage summaries
    expect(session.store.get().report).toEqual({
      kind: "written",
      part: "summaries",
      stages: 3,
      created: 4,
      updated: 0,
      removed: 0,
    });
    expect(progress.map((p) => p.done)).toEqual([2, 4]);
    expect(progress.every((p) => p.total === 4)).toBe(true);
    expect(appItems(board.all(), "actions")).toEqual([]);

    await session.write.write("summaries");
    expect(session.store.get().report).toMatchObject({ created: 0, updated: 0, removed: 0 });
    expect(appItems(board.all(), "summaries")).toHaveLength(4);
  });

  it("writes each of the four parts on its own", async () => {
    const { session, board } = await sessionOn(smallWorkshop().items);
    await session.analyse.analyse();
    for (const part of ["actions", "curve", "tidy"] as const) {
      await session.write.write(part);
      expect(session.store.get().error).toBeNull();
      expect(appItems(board.all(), part).length).toBeGreaterThan(0);
    }
    expect(appItems(board.all(), "summaries")).toEqual([]);
    // The tidy copy's frames are the app's own, with no notes to read: not offered to analyse.
    expect(board.all().some((item) => item.kind === "frame" && item.mark?.part === "tidy")).toBe(
      true,
    );
    await session.analyse.refreshFrames();
    expect(session.store.get().analyse.frames).toEqual([]);
  });

  it("stops between batches on Cancel, keeps what was written, and a re-run finishes it", async () => {
    let session: PanelSession | undefined;
    let batches = 0;
    const pace = async () => {
      batches++;
      if (batches === 2) session?.cancel();
    };
    const made = await sessionOn(smallWorkshop().items, { batchSize: 1, pace });
    session = made.session;
    await session.analyse.analyse();
    await session.write.write("summaries");

    expect(session.store.get().report).toEqual({ kind: "stopped" });
    expect(session.store.get().error).toBeNull();
    expect(session.store.get().task).toBeNull();
    expect(appItems(made.board.all(), "summaries")).toHaveLength(1);

    await session.write.write("summaries");
    expect(session.store.get().report).toMatchObject({ kind: "written", created: 3 });
    expect(appItems(made.board.all(), "summaries")).toHaveLength(4);
  });

  it("runs one task at a time", async () => {
    const { session, board } = await sessionOn(smallWorkshop().items);
    await session.analyse.analyse();
    await Promise.all([session.write.write("summaries"), session.write.write("summaries")]);
    expect(appItems(board.all(), "summaries")).toHaveLength(4);
  });
});
